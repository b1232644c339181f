// Serves the built site (vite preview) for the measuring scripts (perf, bench:browser).
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts `vite preview` on `port` and resolves once it listens. Node runs vite directly (not
 * through npx), so that kill() stops the server itself.
 */
export function startPreview(port: number): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	return new Promise((resolve, reject) => {
		server.stdout!.on('data', (chunk) => {
			if (String(chunk).includes(String(port))) resolve(server);
		});
		server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
	});
}
