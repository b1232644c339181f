// A small static file server for the benchmarks and the browser tests: serves a folder (the
// built site, with the bare reference page beside it) from one origin, gzipping text as a CDN
// would (each file compressed once and kept), so that Cabildo and the reference are served
// alike; answers range requests (a PMTiles archive is read by them) and conditional ones (ETag,
// 304) as static hosts do.
import { createServer, type Server } from 'node:http';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { byteRange } from './byteRange.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.geojson',
	'.svg',
	'.csv',
	'.txt'
]);

export interface StaticServer {
	server: Server;
	/** The port it listens on (the one the system chose when asked for port 0). */
	port: number;
	/** Bytes of response bodies sent so far (as transferred: gzipped where gzipped). */
	bytesSent(): number;
	/** Requests answered so far (any status). */
	requestsServed(): number;
	/** Serves another folder from now on: a new deployment. */
	deploy(root: string): void;
}

export interface StaticServerOptions {
	/** Sent with every response, as a host or CDN may (e.g. "max-age=60"). */
	cacheControl?: string;
	/** Told of every path that was not found. */
	onNotFound?: (path: string) => void;
}

/** Whether an If-None-Match header names this validator (weak or strong, alone or in a list). */
function matches(header: string | undefined, etag: string): boolean {
	if (!header) return false;
	return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function serveStatic(
	firstRoot: string,
	port: number,
	options: StaticServerOptions = {}
): Promise<StaticServer> {
	let root = firstRoot;
	const gzipped = new Map<string, Buffer>();
	let sent = 0;
	let requests = 0;
	const server = createServer((request, response) => {
		requests++;
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = normalize(join(root, decodeURIComponent(url.pathname)));
		if (!path.startsWith(normalize(root))) {
			response.writeHead(403).end();
			return;
		}
		let stat = statSync(path, { throwIfNoEntry: false });
		if (stat?.isDirectory()) {
			// As static hosts do: a folder's address ends with a slash (the site's links all do).
			if (!url.pathname.endsWith('/')) {
				response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			path = join(path, 'index.html');
			stat = statSync(path, { throwIfNoEntry: false });
		}
		if (!stat) {
			options.onNotFound?.(url.pathname);
			response.writeHead(404).end('Not found');
			return;
		}
		const ext = extname(path);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'accept-ranges': 'bytes',
			// As hosts serve a SvelteKit site: hashed files kept for good, unless told otherwise.
			...(options.cacheControl
				? { 'cache-control': options.cacheControl }
				: url.pathname.startsWith('/_app/immutable/')
					? { 'cache-control': 'public, max-age=31536000, immutable' }
					: {})
		};
		const size = stat.size;
		// A validator, as hosts send one (nginx's form: size and time of change): a browser that
		// asks again with `no-cache` (the service worker keeping the first view) gets 304, no body.
		const etag = `"${size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
		headers.etag = etag;
		const range = byteRange(request.headers.range, size);
		if (range === 'unsatisfiable') {
			response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
			return;
		}
		if (range) {
			const { start, end } = range;
			const part = Buffer.alloc(end - start + 1);
			const fd = openSync(path, 'r');
			readSync(fd, part, 0, part.length, start);
			closeSync(fd);
			sent += part.length;
			headers['content-range'] = `bytes ${start}-${end}/${size}`;
			response.writeHead(206, headers).end(part);
			return;
		}
		if (matches(request.headers['if-none-match'], etag)) {
			response.writeHead(304, headers).end();
			return;
		}
		let body: Buffer;
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			// Read and compressed once per version of the file, then sent from memory.
			const key = `${path} ${etag}`;
			let zipped = gzipped.get(key);
			if (!zipped) gzipped.set(key, (zipped = gzipSync(readFileSync(path))));
			body = zipped;
			headers['content-encoding'] = 'gzip';
		} else body = readFileSync(path);
		sent += body.length;
		response.writeHead(200, headers).end(body);
	});
	return new Promise((resolve) =>
		server.listen(port, () =>
			resolve({
				server,
				port: (server.address() as { port: number }).port,
				bytesSent: () => sent,
				requestsServed: () => requests,
				deploy: (next) => {
					root = next;
				}
			})
		)
	);
}
