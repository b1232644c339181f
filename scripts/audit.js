// Fails when `npm audit` reports a high or critical vulnerability in production dependencies, or
// in the importer's parsers of untrusted files (scripts/auditScope.js), which are development
// dependencies. If the registry's audit endpoint cannot be reached, says so and does not fail:
// nothing was learnt.
import { spawnSync } from 'node:child_process';
import { parserFindings } from './auditScope.js';

/** @param {string[]} args */
function audit(args) {
	const run = spawnSync('npm', ['audit', ...args, '--json'], { encoding: 'utf8' });
	try {
		return JSON.parse(run.stdout);
	} catch {
		return null;
	}
}

const production = audit(['--omit=dev']);
const counts = production?.metadata?.vulnerabilities;
if (!counts) {
	console.warn(
		`npm audit: the audit service gave no report here (${production?.error?.summary ?? 'no output'}); skipped.`
	);
	process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
const parsers = parserFindings(audit([]));
console.log(`npm audit (the importer's parsers): ${parsers.length} high or critical`);
if (serious > 0) console.error(`npm audit: ${serious} high or critical vulnerabilities`);
for (const finding of parsers) console.error(`npm audit: a parser of untrusted files: ${finding}`);
if (serious > 0 || parsers.length > 0) process.exit(1);
