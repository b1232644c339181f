// Fails fast when npm scripts run on a Node too old for SvelteKit 3 / Vitest 5.
// The `node` devDependency puts Node 24 first on the PATH of npm scripts; if its
// install script was skipped (--ignore-scripts), scripts silently fall back to the
// system Node and would otherwise fail much later with obscure errors.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
	console.error(
		`Cabildo needs Node >= 22 (found ${process.versions.node}).\n` +
			'Run `npm ci` without --ignore-scripts so the pinned Node 24 (devDependency "node") installs, ' +
			'or install Node 24 yourself.'
	);
	process.exit(1);
}
