// Serves a built site as a static host would: `node scripts/serve.ts <folder> --port <n>`. The
// browser tests run against it: text is gzipped once per file and kept, where `vite preview`
// compressed every response again (about 8 s of CPU in a 330 s browser suite).
import { serveStatic } from './static-server.ts';

const [root, flag, value] = process.argv.slice(2);
const port = flag === '--port' ? Number(value) : NaN;
if (!root || !Number.isInteger(port) || port < 0 || port > 65535) {
	console.error('usage: node scripts/serve.ts <folder> --port <n>');
	process.exit(2);
}
const { port: listening } = await serveStatic(root, port);
console.log(`serving ${root} at http://localhost:${listening}/`);
