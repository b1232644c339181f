// Time and peak memory of the importer and `data:check` on big generated inputs (issue 26):
// 20,000 events in one town, 1,000,000 CSV rows, 100,000 .xlsx rows, 100,000 .ods rows and a
// 200 MB KML. Each runs as a user runs it (the npm script's heap flag), measured by GNU time.
// BENCH_IMPORTS=town,csv-1m,xlsx-100k,ods-100k,kml-200mb picks cases (all by default).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { acledCsv, acledRows, acledXlsx, ACLED_COLUMNS } from '../tests/unit/acledExport.ts';
import { seededRandom } from '../src/lib/pipeline/synthetic.ts';

const HEAP = '--max-old-space-size=12288';
const temp = mkdtempSync(join(tmpdir(), 'cabildo-bench-imports-'));
const chosen = (process.env.BENCH_IMPORTS ?? 'town,csv-1m,xlsx-100k,ods-100k,kml-200mb').split(',');

/** `count` generated ACLED rows in chunks, their ids kept unique across chunks. */
function* rowChunks(count: number, chunk = 50_000) {
	for (let start = 0, c = 0; start < count; start += chunk, c++) {
		const rows = acledRows(Math.min(chunk, count - start), 2019 + c);
		for (const row of rows)
			row.event_id_cnty = row.event_id_cnty.replace(/\d+$/, (n) => String(c * chunk + Number(n)));
		yield rows;
	}
}

function csvFile(name: string, count: number): string {
	const path = join(temp, name);
	writeFileSync(path, '');
	let first = true;
	for (const rows of rowChunks(count)) {
		const text = acledCsv(rows);
		appendFileSync(path, (first ? text : text.slice(text.indexOf('\r\n') + 2)) + '\r\n');
		first = false;
	}
	return path;
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function odsFile(name: string, count: number): string {
	const cell = (v: string) =>
		`<table:table-cell office:value-type="string"><text:p>${escapeXml(v)}</text:p></table:table-cell>`;
	const rows = [`<table:table-row>${ACLED_COLUMNS.map(cell).join('')}</table:table-row>`];
	for (const chunk of rowChunks(count))
		for (const r of chunk)
			rows.push(
				`<table:table-row>${ACLED_COLUMNS.map((c) => cell(r[c])).join('')}</table:table-row>`
			);
	const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Hoja1">${rows.join('')}</table:table></office:spreadsheet></office:body></office:document-content>`;
	const path = join(temp, name);
	writeFileSync(
		path,
		zipSync({
			mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
			'content.xml': strToU8(content)
		})
	);
	return path;
}

/**
 * A KML of about `megabytes` MB as a large uMap or My Maps export is: placemarks spread over
 * Bolivia in three folders, each with a long description and ExtendedData.
 */
function kmlFile(name: string, megabytes: number): string {
	const path = join(temp, name);
	const folders = ['Bloqueos', 'Cabildos', 'Marchas'];
	const next = seededRandom(2019);
	const story = 'Texto inventado para medir, con acentos (ñandú, línea) y &amp; entidades. '.repeat(
		20
	);
	writeFileSync(
		path,
		'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Prueba grande</name><Style id="s"><IconStyle><scale>1</scale></IconStyle></Style>\n'
	);
	let k = 0;
	let written = 0;
	for (const folder of folders) {
		appendFileSync(path, `<Folder><name>${folder}</name>\n`);
		const parts: string[] = [];
		while (written < (megabytes * 2 ** 20 * (folders.indexOf(folder) + 1)) / 3) {
			k++;
			const lon = (-66.5 + next() * 2.5).toFixed(5);
			const lat = (-19.5 + next() * 5).toFixed(5);
			const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
			parts.push(
				`<Placemark><name>Punto de prueba ${k}</name><description><![CDATA[<p><b>Inventado</b> ${k}.</p><p>${story}</p>]]></description><styleUrl>#s</styleUrl><TimeStamp><when>2019-11-${day}</when></TimeStamp><ExtendedData><Data name="lugar"><value>Lugar ${k % 500}</value></Data><Data name="muertos"><value>0</value></Data></ExtendedData><Point><coordinates>${lon},${lat},0</coordinates></Point></Placemark>\n`
			);
			written += Buffer.byteLength(parts.at(-1)!);
			if (parts.length === 10_000) appendFileSync(path, parts.splice(0).join(''));
		}
		appendFileSync(path, parts.join('') + '</Folder>\n');
	}
	appendFileSync(path, '</Document></kml>\n');
	writeFileSync(
		join(temp, `${name}.mapping.json`),
		JSON.stringify({
			id: 'name',
			kind: {
				column: 'folder',
				values: { Bloqueos: 'blockade', Cabildos: 'cabildo', Marchas: 'march' }
			},
			date: 'date',
			place: 'lugar',
			title: { column: 'name', lang: 'es' },
			description: { column: 'description', lang: 'es' },
			dead: 'muertos',
			source: {
				url: { value: 'https://example.org/prueba/mapa' },
				title: { value: 'Mapa de prueba generado' },
				publisher: { value: 'Ejemplo' },
				date: { value: '2019-11-30' }
			},
			location: { precision: { value: 'locality' }, radius_m: { value: 2000 } },
			dataset: {
				licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }
			}
		})
	);
	return path;
}

/** Runs a script under GNU time: seconds, peak RSS in MB, exit code, and stderr's first line. */
function measured(script: string, args: string[]) {
	const result = spawnSync(
		'/usr/bin/time',
		['-f', 'TIME %e %M', process.execPath, HEAP, script, ...args],
		{ encoding: 'utf8', maxBuffer: 2 ** 30 }
	);
	const [, seconds, kb] = /TIME ([\d.]+) (\d+)/.exec(result.stderr) ?? [];
	const lines = `${result.stderr}\n${result.stdout}`.split('\n');
	const complaint = lines.find(
		(line) => line.trim() !== '' && !/^(TIME|warning:|Command exited)/.test(line.trim())
	);
	return {
		seconds: Number(seconds),
		peakMb: Math.round(Number(kb) / 1024),
		status: result.status,
		complaint
	};
}

const CASES: Record<string, () => { file: string; from: string; extra?: string[] }> = {
	town: () => {
		const path = join(temp, 'town.csv');
		const rows = acledRows(20_000).map((r, k) => ({
			...r,
			event_id_cnty: `BOL${k + 1}`,
			country: 'Bolivia',
			admin1: 'Oruro',
			location: 'Oruro',
			latitude: '-17.97153',
			longitude: '-67.0932'
		}));
		writeFileSync(path, acledCsv(rows));
		return { file: path, from: 'acled' };
	},
	'csv-1m': () => ({ file: csvFile('million.csv', 1_000_000), from: 'acled' }),
	'xlsx-100k': () => {
		const path = join(temp, 'hundred-thousand.xlsx');
		writeFileSync(path, acledXlsx([...rowChunks(100_000)].flat()));
		return { file: path, from: 'acled' };
	},
	'ods-100k': () => ({ file: odsFile('hundred-thousand.ods', 100_000), from: 'acled' }),
	'kml-200mb': () => {
		const file = kmlFile('big.kml', 200);
		// A random point may stand on a town's centre its place does not name: that record is
		// refused (one line) and the rest written.
		return { file, from: 'kml', extra: ['--mapping', `${file}.mapping.json`, '--skip-bad'] };
	}
};

try {
	for (const name of chosen) {
		const make = CASES[name];
		if (!make) throw new Error(`unknown case ${name} (cases: ${Object.keys(CASES).join(', ')})`);
		const { file, from, extra = [] } = make();
		const mb = (statSync(file).size / 2 ** 20).toFixed(1);
		const out = join(temp, `${name}-out`);
		const imported = measured('scripts/data-import.ts', [
			'--from',
			from,
			file,
			'--out',
			`${out}/`,
			...extra
		]);
		console.log(
			`import-${name}: ${imported.seconds} s, peak ${imported.peakMb} MB (input ${mb} MB)` +
				(imported.status === 0 ? '' : `, exit ${imported.status}: ${imported.complaint}`)
		);
		if (imported.status !== 0) continue;
		const checked = measured('scripts/data-check.ts', [out]);
		console.log(
			`check-${name}: ${checked.seconds} s, peak ${checked.peakMb} MB` +
				(checked.status === 0 ? '' : `, exit ${checked.status}: ${checked.complaint}`)
		);
		rmSync(out, { recursive: true, force: true });
		rmSync(file, { force: true });
	}
} finally {
	rmSync(temp, { recursive: true, force: true });
}
