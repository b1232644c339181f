// `vite dev` serves the data build's static files through the plugin's middleware: whole files,
// the byte ranges PMTiles readers ask for, 416 for a range past the end, and the rest of the
// site left to the next handler.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedStatic } from '../../scripts/generatedStatic.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const dir = mkdtempSync(join(tmpdir(), 'cabildo-static-'));
let server: Server;
let origin = '';

beforeAll(async () => {
	writeFileSync(join(dir, 'events.pmtiles'), Buffer.from('0123456789'));
	const middlewares: Middleware[] = [];
	const plugin = generatedStatic(dir);
	// The part of vite's dev server the plugin uses.
	(plugin.configureServer as (s: unknown) => void)({
		middlewares: { use: (m: Middleware) => middlewares.push(m) }
	});
	expect(middlewares).toHaveLength(1);
	server = createServer((req, res) =>
		middlewares[0](req, res, () => res.writeHead(404, { 'x-next': 'yes' }).end())
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe("vite dev's server of the generated static files", () => {
	it('sends a whole file', async () => {
		const response = await fetch(`${origin}/events.pmtiles`);
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('0123456789');
	});

	it.each([
		['bytes=2-5', 206, '2345', 'bytes 2-5/10'],
		['bytes=7-', 206, '789', 'bytes 7-9/10'],
		['bytes=8-500', 206, '89', 'bytes 8-9/10'],
		['bytes=10-', 416, '', 'bytes */10'],
		['bytes=5000-6000', 416, '', 'bytes */10']
	])('answers %s with %d', async (range, status, body, contentRange) => {
		const response = await fetch(`${origin}/events.pmtiles`, { headers: { range } });
		expect(response.status).toBe(status);
		expect(response.headers.get('content-range')).toBe(contentRange);
		expect(await response.text()).toBe(body);
	});

	it('leaves what is not there to the next handler', async () => {
		const response = await fetch(`${origin}/nothing.json`);
		expect(response.status).toBe(404);
		expect(response.headers.get('x-next')).toBe('yes');
	});
});
