import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { tempFolder } from './tempFolder.ts';

/** One request, answered in full: status, headers and body as sent. */
function get(
	port: number,
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request({ port, path, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (c: Buffer) => chunks.push(c));
			response.on('end', () =>
				resolve({
					status: response.statusCode!,
					headers: response.headers,
					body: Buffer.concat(chunks)
				})
			);
		})
			.on('error', reject)
			.end();
	});
}

describe('the static server the browser tests and benchmarks use', () => {
	const root = tempFolder('static-server');
	const page = '<!doctype html><title>en</title>'.repeat(20);
	const notFound: string[] = [];
	let served: StaticServer;

	beforeAll(async () => {
		mkdirSync(join(root, 'en'));
		writeFileSync(join(root, 'en/index.html'), page);
		writeFileSync(join(root, 'tiles.pmtiles'), Buffer.alloc(100, 7));
		served = await serveStatic(root, 0, { onNotFound: (path) => notFound.push(path) });
	});
	afterAll(() => served.server.close());

	it('sends a folder without its slash to the folder, keeping the query', async () => {
		const answer = await get(served.port, '/en?lang=es');
		expect(answer.status).toBe(308);
		expect(answer.headers.location).toBe('/en/?lang=es');
		const folder = await get(served.port, '/en/?lang=es');
		expect(folder.status).toBe(200);
		expect(folder.body.toString()).toBe(page);
	});

	it('gzips text for a browser that accepts it, and the bytes are the file', async () => {
		const answer = await get(served.port, '/en/', { 'accept-encoding': 'gzip, br' });
		expect(answer.headers['content-encoding']).toBe('gzip');
		expect(answer.body.length).toBeLessThan(page.length);
		expect(gunzipSync(answer.body).toString()).toBe(page);
	});

	it('answers a range inside the file with its bytes, one past its end with 416', async () => {
		const part = await get(served.port, '/tiles.pmtiles', { range: 'bytes=90-' });
		expect(part.status).toBe(206);
		expect(part.headers['content-range']).toBe('bytes 90-99/100');
		expect(part.body).toEqual(Buffer.alloc(10, 7));
		const past = await get(served.port, '/tiles.pmtiles', { range: 'bytes=100-' });
		expect(past.status).toBe(416);
		expect(past.headers['content-range']).toBe('bytes */100');
	});

	it('answers 304 without a body when asked again with its validator, 200 once it changed', async () => {
		const first = await get(served.port, '/en/');
		const etag = String(first.headers.etag);
		expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
		for (const asked of [etag, `W/${etag}`, `"other", ${etag}`]) {
			const again = await get(served.port, '/en/', { 'if-none-match': asked });
			expect(again.status, asked).toBe(304);
			expect(again.body.length).toBe(0);
		}
		writeFileSync(join(root, 'en/index.html'), `${page}<p>next</p>`);
		const changed = await get(served.port, '/en/', { 'if-none-match': etag });
		expect(changed.status).toBe(200);
		expect(changed.body.toString()).toContain('next');
		writeFileSync(join(root, 'en/index.html'), page);
	});

	it('says 404 for a missing file, and tells who asked to know', async () => {
		expect((await get(served.port, '/nowhere.js')).status).toBe(404);
		expect(notFound).toEqual(['/nowhere.js']);
	});
});
