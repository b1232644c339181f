// The unit test files that mock a module, stub a global or spy on a shared object: they run in a
// module graph of their own (vite.config.ts), the others share their workers' modules.
// tests/unit/isolatedTests.test.ts fails on a file that does so and is missing here.
export const ISOLATED_TESTS = [
	'tests/unit/kml-placemarks.test.ts',
	'tests/unit/spreadsheet-rows.test.ts',
	'tests/unit/mapLifecycle.test.ts'
];
