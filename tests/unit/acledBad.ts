// The bad ACLED export (tests/fixtures/import/acled-bad.csv) and what the importer says of it:
// one line per bad value, at its file line. importAcled's problems (import-acled.test.ts) and the
// lines `data:import` prints before it refuses the file (data-import-cli.test.ts) are these.
export const ACLED_BAD = 'tests/fixtures/import/acled-bad.csv';

export const ACLED_BAD_PROBLEMS = [
	`${ACLED_BAD}:5: event_type: "Parades": is not in ACLED_KIND_MAPPING`,
	`${ACLED_BAD}:6: event_date: "31 February 2019": is not a real calendar date`,
	`${ACLED_BAD}:7: fatalities: "a few": is not a whole number`,
	`${ACLED_BAD}:8: latitude: "": is missing`,
	`${ACLED_BAD}:9: event_id_cnty: "XXX0101": duplicates the id of line 2`,
	`${ACLED_BAD}:10: sub_event_type: "Dance-off": is not in ACLED_KIND_MAPPING for event_type "Protests"`,
	`${ACLED_BAD}:11: event_date: "05/11/2019": is ambiguous (day/month or month/day?): write it YYYY-MM-DD`,
	`${ACLED_BAD}:12: time_precision: "0": is not 1, 2 or 3`,
	`${ACLED_BAD}:12: geo_precision: "4": is not 1, 2 or 3`
];
