// A record's history, read from git at build time: a sample committed twice in a repository of
// its own (tests/fixtures/historyRepo.ts: the second commit moves a point 3 km east and changes
// its dead from 0 to 2). The event page and the changes page show both, with scripts off.
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('an event page and the changes page show a moved point and a changed figure, without JavaScript', async ({
	page
}) => {
	await page.goto('/en/d/history-sample/events/xxx0001/');
	const history = page.getByTestId('record-history');
	await expect(history.getByRole('heading', { name: 'History' })).toBeVisible();
	const entries = history.getByTestId('history-entry');
	await expect(entries).toHaveCount(2);
	// Latest first: the correction, with its day, its changes and its explanation as plain text.
	const latest = entries.first();
	await expect(latest.locator('time')).toHaveAttribute('datetime', '2024-03-09');
	await expect(latest).toContainText('9 March 2024');
	await expect(latest.getByTestId('history-change')).toHaveText([
		/^Point moved 3(\.\d)? km east$/,
		'Dead according to ACLED: 0 → 2'
	]);
	await expect(latest.locator('.message')).toHaveText(
		'Sacaba protest: the plaza, 3 km east, and two dead <b>per the second report</b>'
	);
	await expect(latest.locator('.message b')).toHaveCount(0);
	await expect(entries.last().getByTestId('history-change')).toHaveText(['Added to the map']);

	// In Spanish too, with the field names in Spanish.
	await page.goto('/d/history-sample/events/xxx0001/');
	await expect(page.getByTestId('record-history')).toContainText('Muertos según ACLED: 0 → 2');
	await expect(page.getByTestId('record-history')).toContainText('hacia el este');

	// The changes page: counts, then the correction with the record it changed, linked.
	await page.goto('/en/d/history-sample/events/xxx0001/');
	await page.getByTestId('changes-link').click();
	await expect(page).toHaveURL(/\/en\/d\/history-sample\/changes\/$/);
	await expect(page.getByTestId('changes-counts')).toHaveText(
		'Points moved: 1 · Figures changed: 1 · Records added: 12 · Records retracted: 0'
	);
	const commits = page.getByTestId('changes-commit');
	await expect(commits).toHaveCount(2);
	const correction = commits.first();
	await expect(correction.getByTestId('changes-record')).toHaveCount(1);
	await expect(correction.getByRole('link', { name: 'Peaceful protest, Sacaba' })).toHaveAttribute(
		'href',
		'/en/d/history-sample/events/xxx0001/'
	);
	await expect(correction).toContainText('Dead according to ACLED: 0 → 2');
	await expect(commits.last().getByTestId('changes-record')).toHaveCount(12);
});

test('a dataset built without its history says so on its changes page', async ({ page }) => {
	// The synthetic datasets are written by the test build, outside any commit.
	await page.goto('/en/d/synthetic-3k/changes/');
	await expect(page.getByTestId('changes-none')).toContainText('built without the data’s history');
});

test.describe('a link pinned to an older version', () => {
	test.use({ javaScriptEnabled: true });

	test('says the record changed since, and links to its history; the cited link pins the version', async ({
		guarded: page
	}) => {
		// The sample's first commit, before the correction (tests/fixtures/historyRepo.ts).
		const [latest, first] = execFileSync('git', ['log', '--format=%h %cs'], {
			cwd: 'test-datasets/history-sample',
			encoding: 'utf8'
		})
			.trim()
			.split('\n')
			.map((line) => line.split(' '));
		await page.goto(`/en/d/history-sample/?event=xxx0001&v=${first[1]}-${first[0]}`);
		const note = page.getByTestId('changed-since');
		await expect(note).toContainText(
			`This record has changed since the version of the data this link was shared at (${first[1]}-${first[0]}); the latest change is of 9 March 2024.`
		);
		await note.getByRole('link', { name: 'See its history' }).click();
		await expect(page.getByTestId('record-history')).toBeInViewport();

		// At the current version, nothing to say; a malformed v is dropped.
		await page.goto(`/en/d/history-sample/?event=xxx0001&v=${latest[1]}-${latest[0]}`);
		await expect(page.getByTestId('record-history')).toBeVisible();
		await expect(page.getByTestId('changed-since')).toHaveCount(0);
		await page.goto('/en/d/history-sample/?event=xxx0001&v=<b>');
		await expect(page.getByTestId('details-title')).toBeVisible();
		await expect(page).not.toHaveURL(/v=/);

		// "Cite" gives this view pinned to the current version.
		await page.getByRole('button', { name: 'Cite' }).click();
		await expect(page.getByTestId('citation')).toContainText(`v=${latest[1]}-${latest[0]}`);
	});
});
