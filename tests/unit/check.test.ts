import { describe, expect, it } from 'vitest';
import { checkDataset, type DatasetFiles } from '../../src/lib/pipeline/check.ts';
import { issueLine } from '../../src/lib/pipeline/checkIssue.ts';
import { readDepartments, readGazetteer } from '../../src/lib/pipeline/readDataset.ts';
import { FIXTURE_SOURCE, fixtureDataset, fixtureMeta } from './fixtureMeta.ts';
import { validRecord } from './validRecord.ts';

const departments = readDepartments();
const gazetteer = readGazetteer();
const SOURCE = FIXTURE_SOURCE;
const PAROTANI_LOCATION = { precision: 'locality', radius_m: 3000, source: SOURCE } as const;

/** The massacre at Senkata (validRecord's), with nine dead. */
function validFeature(id = 'senkata-2019-11-19') {
	return validRecord({ id, casualties: { dead: [{ value: 9, source: SOURCE.url }] } });
}

/** A located blockade at Parotani, reported active on 2019-11-19. */
function validBlockade(
	id = 'parotani-2019-11-19',
	coordinates: [number, number] = [-66.35, -17.567]
) {
	return validRecord(
		{
			id,
			kind: 'blockade',
			active_dates: ['2019-11-19'],
			place: { name: 'Parotani', alt_names: [] },
			location: PAROTANI_LOCATION
		},
		{ type: 'Point', coordinates }
	);
}

type Json = Record<string, unknown>;

/** A valid dataset, changed by `corrupt` (which mutates the fresh copy it is given). */
function dataset(corrupt: (d: { meta: Json; features: Json[] }) => void = () => {}): DatasetFiles {
	const d = {
		meta: fixtureMeta({ blockades_located: 1 }),
		features: [validFeature(), validBlockade()] as Json[]
	};
	corrupt(d);
	return fixtureDataset(d.features, d.meta);
}

const props = (f: Json) => f.properties as Json;

describe('checkDataset', () => {
	it('accepts a valid dataset and assigns departments from the boundaries', () => {
		const result = checkDataset(dataset(), departments);
		expect(result.problems).toEqual([]);
		expect(result.features.map((f) => f.department)).toEqual(['BO-L', 'BO-C']);
	});

	it.each([
		[
			'GeoJSON conformance',
			(d: { features: Json[] }) => {
				d.features[0].type = 'Featur';
			},
			'fixture/events.geojson: feature senkata-2019-11-19: geojson: '
		],
		[
			'a missing field',
			(d: { features: Json[] }) => {
				delete props(d.features[0]).title;
			},
			'fixture/events.geojson: feature senkata-2019-11-19: properties.title: '
		],
		[
			'an unknown kind',
			(d: { features: Json[] }) => {
				props(d.features[0]).kind = 'riot';
			},
			'fixture/events.geojson: feature senkata-2019-11-19: properties.kind: '
		],
		[
			'coordinates outside Bolivia',
			(d: { features: Json[] }) => {
				(d.features[0].geometry as Json).coordinates = [-43.2, -22.9];
			},
			"fixture/events.geojson: feature senkata-2019-11-19: geometry.coordinates: [-43.2, -22.9] is outside the dataset's area"
		],
		[
			'swapped longitude and latitude',
			(d: { features: Json[] }) => {
				(d.features[0].geometry as Json).coordinates = [-16.517, -68.167];
			},
			'(longitude and latitude look swapped)'
		],
		[
			'a date outside the period',
			(d: { features: Json[] }) => {
				props(d.features[0]).date = { start: '2019-12-05', precision: 'day' };
			},
			"fixture/events.geojson: feature senkata-2019-11-19: date.start: 2019-12-05 is outside the dataset's period (2019-10-20 to 2019-11-30)"
		],
		[
			'an impossible date',
			(d: { features: Json[] }) => {
				props(d.features[0]).date = { start: '2019-11-31', precision: 'day' };
			},
			'properties.date.start: is not a real calendar date'
		],
		[
			'a duplicate id',
			(d: { features: Json[] }) => {
				d.features.push(validFeature());
			},
			'fixture/events.geojson: feature senkata-2019-11-19: id: duplicates an id already used in fixture/events.geojson'
		],
		[
			'a negative count',
			(d: { features: Json[] }) => {
				props(d.features[0]).casualties = { dead: [{ value: -1, source: SOURCE.url }] };
			},
			'properties.casualties.dead[0].value: must not be negative'
		],
		[
			'a fractional count',
			(d: { features: Json[] }) => {
				props(d.features[0]).casualties = { injured: [{ value: 2.5, source: SOURCE.url }] };
			},
			'properties.casualties.injured[0].value: must be a whole number'
		],
		[
			'min greater than max',
			(d: { features: Json[] }) => {
				props(d.features[0]).casualties = { dead: [{ min: 9, max: 3, source: SOURCE.url }] };
			},
			'properties.casualties.dead[0]: min (9) is greater than max (3)'
		],
		[
			'a figure whose source is not listed',
			(d: { features: Json[] }) => {
				props(d.features[0]).casualties = {
					dead: [{ value: 3, source: 'https://elsewhere.example/x' }]
				};
			},
			'properties.casualties.dead[0].source: is not one of the feature’s sources'
		],
		[
			'a javascript: URL',
			(d: { features: Json[] }) => {
				props(d.features[0]).sources = [{ ...SOURCE, url: 'javascript:alert(1)' }];
			},
			'properties.sources[0].url: must be an absolute http(s) URL'
		],
		[
			'a feature without sources',
			(d: { features: Json[] }) => {
				props(d.features[0]).sources = [];
				delete props(d.features[0]).casualties;
			},
			'properties.sources: needs at least one source'
		],
		[
			'HTML in a title',
			(d: { features: Json[] }) => {
				props(d.features[0]).title = { es: '<script>x</script>', en: 'Title' };
			},
			'properties.title.es: must be plain text (no < or >)'
		],
		[
			'a blockade without active dates',
			(d: { features: Json[] }) => {
				delete props(d.features[1]).active_dates;
			},
			'feature parotani-2019-11-19: properties.active_dates: a blockade needs the dates on which it was reported active'
		],
		[
			'a wrong located-blockades count in dataset.json',
			(d: { meta: Json }) => {
				d.meta.blockades_located = 7;
			},
			'fixture/dataset.json: blockades_located: says 7 but the data has 1 located blockades'
		],
		[
			'a period that ends before it starts',
			(d: { meta: Json }) => {
				d.meta.period = { start: '2019-11-30', end: '2019-10-20' };
			},
			'fixture/dataset.json: period: end is before start'
		],
		[
			'an active day outside the feature’s own dates',
			(d: { features: Json[] }) => {
				props(d.features[1]).active_dates = ['2019-11-19', '2019-11-21'];
			},
			"feature parotani-2019-11-19: properties.active_dates[1]: 2019-11-21 is outside the feature's own dates (2019-11-19 to 2019-11-19)"
		],
		[
			'a located blockade that cites no dated report',
			(d: { features: Json[] }) => {
				const undated = { ...SOURCE, date: null };
				props(d.features[1]).sources = [undated];
				props(d.features[1]).location = { ...PAROTANI_LOCATION, source: undated };
			},
			'feature parotani-2019-11-19: properties.sources: a located blockade needs at least one dated report'
		],
		[
			'people held by residents counted as detained',
			(d: { features: Json[] }) => {
				props(d.features[0]).casualties = {
					detained: [
						{
							value: 8,
							source: SOURCE.url,
							note: { es: 'Soldados retenidos por vecinos.', en: 'Soldiers held by residents.' }
						}
					]
				};
			},
			'feature senkata-2019-11-19: properties.casualties.detained[0]: detained counts people held by state forces; people held by protesters or residents go in casualties.held'
		],
		[
			'barricades counted as blockades',
			(d: { features: Json[] }) => {
				const p = props(d.features[1]);
				d.features[1].geometry = {
					type: 'LineString',
					coordinates: [
						[-66.35, -17.567],
						[-66.2, -17.45]
					]
				};
				p.kind = 'blockade-section';
				p.title = { es: 'Casi 100 barricadas', en: 'Nearly 100 barricades' };
				p.reported_count = [{ value: 100, date: '2019-11-19', source: SOURCE.url }];
				d.features.push(validBlockade('other-2019-11-19', [-65.9, -17.6]));
			},
			'feature parotani-2019-11-19: properties.reported_count[0].unit: the feature speaks of barricades'
		],
		[
			'part_of naming the feature itself',
			(d: { features: Json[] }) => {
				props(d.features[1]).part_of = 'parotani-2019-11-19';
			},
			'feature parotani-2019-11-19: properties.part_of: names the feature itself'
		],
		[
			'part_of naming no feature',
			(d: { features: Json[] }) => {
				props(d.features[1]).part_of = 'nowhere-2019-11-19';
			},
			'feature parotani-2019-11-19: part_of: no feature has the id nowhere-2019-11-19'
		],
		[
			'part_of across classes',
			(d: { features: Json[] }) => {
				props(d.features[1]).part_of = 'senkata-2019-11-19';
			},
			'feature parotani-2019-11-19: part_of: senkata-2019-11-19 is a massacre; a blockade can only be part of a feature of the same class'
		],
		[
			'one event drawn twice with the same figure',
			(d: { features: Json[] }) => {
				d.features.push(validFeature('senkata-plant-2019-11-19'));
			},
			'feature senkata-2019-11-19: casualties.dead: the same figure from the same source is on senkata-plant-2019-11-19 (0.0 km away, same days)'
		],
		[
			'one blockade drawn twice',
			(d: { features: Json[]; meta: Json }) => {
				d.features.push(validBlockade('parotani-bridge-2019-11-19', [-66.352, -17.57]));
				d.meta.blockades_located = 2;
			},
			'feature parotani-2019-11-19: part_of: parotani-bridge-2019-11-19 is a blockade 0.4 km away on the same day'
		]
	])('refuses %s with a clear message', (_rule, corrupt, expected) => {
		const result = checkDataset(dataset(corrupt as never), departments);
		expect(result.problems).toContainEqual(expect.stringContaining(expected));
	});

	it('lists look-alikes as warnings, not problems, when the records carry their source’s ids', () => {
		const twins = (recordIds: boolean) =>
			checkDataset(
				dataset((d: { features: Json[]; meta: Json }) => {
					d.features.push(validBlockade('parotani-bridge-2019-11-19', [-66.352, -17.57]));
					d.features.push(validFeature('senkata-plant-2019-11-19'));
					d.meta.blockades_located = 2;
					if (recordIds) d.meta.record_ids = { assigned_by: 'ACLED', field: 'event_id_cnty' };
				}),
				departments
			);
		const strict = twins(false);
		expect(strict.problems).toHaveLength(2);
		expect(strict.warnings).toEqual([]);
		const independent = twins(true);
		expect(independent.problems).toEqual([]);
		expect(independent.warnings).toHaveLength(2);
		expect(independent.warnings[1]).toContain(
			'parotani-bridge-2019-11-19 is a blockade 0.4 km away on the same day'
		);
		expect(independent.warnings[1]).toContain('ACLED gave each record its own event_id_cnty');
	});

	it('refuses the old "boundaries" (naming what replaces it), and a polygon file listed as events', () => {
		const old = checkDataset(
			dataset((d) => {
				d.meta.boundaries = 'bolivia';
			}),
			departments
		);
		expect(old.problems).toEqual([
			expect.stringMatching(
				/dataset\.json: boundaries: is replaced by "regions": \{"polygons": "bolivia-departments"\}/
			)
		]);
		const admin1 = checkDataset(
			dataset((d) => {
				d.meta.regions = { polygons: 'none' };
			}),
			departments
		);
		expect(admin1.problems).toContainEqual(
			expect.stringMatching(
				/properties\.admin1: is needed: the dataset groups its regions by admin1/
			)
		);
		const listed = checkDataset(
			dataset((d) => {
				d.meta.regions = { polygons: 'file', file: 'events.geojson', name_property: 'name' };
			}),
			departments
		);
		expect(listed.problems).toContainEqual(
			expect.stringMatching(/regions\.file: events\.geojson is listed in "files" too/)
		);
		const badCountry = checkDataset(
			dataset((d) => {
				d.meta.regions = { polygons: 'natural-earth-admin1', countries: ['Chile'] };
			}),
			departments
		);
		expect(badCountry.problems).toContainEqual(
			expect.stringMatching(/regions\.countries\[0\]: must be an ISO 3166-1 alpha-2 code/)
		);
	});

	it('reads a contact with an email or a page, and refuses one with neither', () => {
		const withContact = (contact: unknown) =>
			checkDataset(
				dataset((d) => {
					d.meta.contact = contact;
				}),
				departments
			).problems;
		expect(withContact({ name: 'Data team', email: 'datos@example.org' })).toEqual([]);
		expect(withContact({ name: 'Data team', url: 'https://example.org/contact' })).toEqual([]);
		expect(withContact({ name: 'Data team' })).toEqual([
			expect.stringMatching(/dataset\.json: contact: needs an email or a url/)
		]);
		expect(withContact({ name: 'Data team', email: 'not an address' })).toEqual([
			expect.stringMatching(/contact\.email: must be an email address/)
		]);
	});

	it('accepts look-alikes the data says are distinct or parts of one another', () => {
		const result = checkDataset(
			dataset((d) => {
				const twin = validFeature('senkata-plant-2019-11-19');
				twin.properties.distinct_from = ['senkata-2019-11-19'];
				d.features.push(twin);
				const part = validBlockade('parotani-bridge-2019-11-19');
				part.properties.part_of = 'parotani-2019-11-19';
				d.features.push(part);
			}),
			departments
		);
		// The part is counted with its parent: still one located blockade.
		expect(result.problems).toEqual([]);
	});

	it('reports every problem in one run', () => {
		const result = checkDataset(
			dataset((d) => {
				props(d.features[0]).kind = 'riot';
				props(d.features[1]).date = { start: '2018-01-01', precision: 'day' };
			}),
			departments
		);
		expect(result.problems.length).toBeGreaterThanOrEqual(2);
	});

	it('does not change its input', () => {
		const input = dataset();
		const before = JSON.stringify(input);
		checkDataset(input, departments, { gazetteer });
		expect(JSON.stringify(input)).toBe(before);
	});

	it('does not change its input without a gazetteer', () => {
		const input = dataset();
		const before = JSON.stringify(input);
		checkDataset(input, departments);
		expect(JSON.stringify(input)).toBe(before);
	});
});

/** A location note from before a change, for the note rules. */
const NOTE = { es: 'Una nota de antes.', en: 'An old note.' };

describe('checkDataset with the gazetteer', () => {
	const check = (corrupt: (d: { features: Json[] }) => void) =>
		checkDataset(dataset(corrupt as never), departments, { gazetteer }).problems;

	it('accepts the valid fixture', () => {
		expect(check(() => {})).toEqual([]);
	});

	it.each([
		[
			'a point far from the town its place names',
			(d: { features: Json[] }) => {
				props(d.features[0]).place = { name: 'Montero', alt_names: [] };
				(d.features[0].geometry as Json).coordinates = [-63.38333, -17.33333];
			},
			'feature senkata-2019-11-19: location: lies 14.1 km from Montero (GeoNames 3910027), which its place names, beyond its radius of 5.0 km'
		],
		[
			'a point on another town’s centre (a stand-in)',
			(d: { features: Json[] }) => {
				props(d.features[1]).place = { name: 'Yucumo', alt_names: [] };
				(d.features[1].geometry as Json).coordinates = [-66.74954, -14.85195];
			},
			'feature parotani-2019-11-19: location: stands on the centre of San Borja (GeoNames 11467676), a place its place name does not name'
		],
		[
			'a name that two places share, without saying which',
			(d: { features: Json[] }) => {
				props(d.features[1]).place = { name: 'San Julián', alt_names: [] };
				(d.features[1].geometry as Json).coordinates = [-62.86667, -17.78333];
			},
			'feature parotani-2019-11-19: location: its place names 2 gazetteer places of one name (San Julian (GeoNames'
		],
		[
			'a site (a bridge) drawn approximately without saying where it is',
			(d: { features: Json[] }) => {
				props(d.features[1]).place = { name: 'Puente Huayculi, Quillacollo', alt_names: [] };
				props(d.features[1]).location = { ...PAROTANI_LOCATION, precision: 'approximate' };
			},
			'feature parotani-2019-11-19: location: its place names a site ("Puente") but the point is approximate'
		],
		[
			'an exact point on a town’s centre',
			(d: { features: Json[] }) => {
				props(d.features[1]).place = { name: 'Cliza', alt_names: [] };
				props(d.features[1]).location = { precision: 'exact', radius_m: 200, source: SOURCE };
				(d.features[1].geometry as Json).coordinates = [-65.93253, -17.58777];
			},
			'feature parotani-2019-11-19: location.precision: is exact but the point is the centre of Cliza'
		],
		[
			'a point moved 40 km from its town, even with its old note',
			(d: { features: Json[] }) => {
				props(d.features[0]).place = { name: 'Montero', alt_names: [] };
				// About 40 km west of Montero (GeoNames: -17.33866, -63.2505).
				(d.features[0].geometry as Json).coordinates = [-63.626, -17.339];
				props(d.features[0]).location = {
					precision: 'approximate',
					radius_m: 5000,
					source: SOURCE,
					note: NOTE
				};
			},
			'feature senkata-2019-11-19: location: lies 39.9 km from Montero (GeoNames 3910027), which its place names, beyond its radius of 5.0 km: move it or widen the radius (a note does not excuse it)'
		],
		[
			'a stand-in town that the point no longer stands on',
			(d: { features: Json[] }) => {
				props(d.features[1]).place = { name: 'Yucumo', alt_names: [] };
				(d.features[1].geometry as Json).coordinates = [-67.03333, -15.15];
				props(d.features[1]).location = {
					precision: 'approximate',
					radius_m: 55000,
					source: SOURCE,
					note: NOTE,
					stand_in: 'San Borja'
				};
			},
			'feature parotani-2019-11-19: location.stand_in: the point lies 45.0 km from San Borja (GeoNames 11467676), so it no longer stands in for it'
		],
		[
			'a note that says the point is a stand-in without naming it',
			(d: { features: Json[] }) => {
				props(d.features[1]).location = {
					...PAROTANI_LOCATION,
					note: { es: 'Punto en Parotani como sustituto.', en: 'Point at Parotani as a stand-in.' }
				};
			},
			'feature parotani-2019-11-19: location.stand_in: the note says the point stands in for another place'
		],
		[
			'a note describing a line on a point',
			(d: { features: Json[] }) => {
				props(d.features[1]).location = {
					...PAROTANI_LOCATION,
					note: { es: 'Línea recta entre dos pueblos.', en: 'Straight line between two towns.' }
				};
			},
			'feature parotani-2019-11-19: location.note: describes a line, but the feature is a point'
		],
		[
			'a note giving coordinates the point is not at',
			(d: { features: Json[] }) => {
				props(d.features[1]).location = {
					...PAROTANI_LOCATION,
					note: {
						es: 'Coordenadas: 17.4000 S, 66.1500 W.',
						en: 'Coordinates: 17.4000 S, 66.1500 W.'
					}
				};
			},
			'feature parotani-2019-11-19: location.note: gives the coordinates -17.4, -66.15'
		],
		[
			'a stand-in that is no gazetteer place and not the location source',
			(d: { features: Json[] }) => {
				props(d.features[1]).location = {
					...PAROTANI_LOCATION,
					note: NOTE,
					stand_in: 'Nowhere Town'
				};
			},
			'feature parotani-2019-11-19: location.stand_in: "Nowhere Town" is no place of the gazetteer'
		]
	])('refuses %s', (_rule, corrupt, expected) => {
		expect(check(corrupt)).toContainEqual(expect.stringContaining(expected));
	});

	it('accepts a stand-in that the point stands on, named in stand_in', () => {
		const problems = check((d) => {
			props(d.features[1]).place = { name: 'Yucumo', alt_names: [] };
			(d.features[1].geometry as Json).coordinates = [-66.74954, -14.85195];
			props(d.features[1]).location = {
				precision: 'approximate',
				radius_m: 55000,
				source: SOURCE,
				note: { es: 'Punto en San Borja como sustituto.', en: 'Point at San Borja as a stand-in.' },
				stand_in: 'San Borja'
			};
		});
		expect(problems).toEqual([]);
	});

	it('accepts a site outside town when location.note says why', () => {
		const problems = check((d) => {
			props(d.features[0]).place = { name: 'Puente Huayllani, Sacaba', alt_names: [] };
			(d.features[0].geometry as Json).coordinates = [-66.06293, -17.39622];
			props(d.features[0]).location = {
				precision: 'approximate',
				radius_m: 1000,
				source: SOURCE,
				note: { es: 'El puente está al oeste del centro.', en: 'The bridge is west of the centre.' }
			};
		});
		expect(problems).toEqual([]);
	});
});

describe('the checker speaks in data', () => {
	it('gives each problem as an issue (file, feature, field, rule, message), printed as its line', () => {
		const result = checkDataset(
			dataset((d) => {
				(d.features[0].properties as Json).date = { start: '2018-01-01', precision: 'day' };
				d.meta.blockades_located = 3;
			}),
			departments
		);
		expect(result.issues).toContainEqual({
			file: 'fixture/events.geojson',
			feature: 'senkata-2019-11-19',
			field: 'date.start',
			rule: 'outside-period',
			message: expect.stringContaining('2018-01-01 is outside the dataset')
		});
		expect(result.problems).toEqual(result.issues.map(issueLine));
		expect(result.problems).toContain(
			"fixture/events.geojson: feature senkata-2019-11-19: date.start: 2018-01-01 is outside the dataset's period (2019-10-20 to 2019-11-30)"
		);
	});

	it('names a feature without a usable id by its place in the file', () => {
		const { issues } = checkDataset(
			dataset((d) => {
				(d.features[1].properties as Json).id = '';
			}),
			departments
		);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.every((i) => i.feature === '#1' && i.rule === 'schema')).toBe(true);
	});

	it.each([
		[{ file: 'a.json', field: 'period.end', rule: 'r', message: 'm' }, 'a.json: period.end: m'],
		[
			{ file: 'e.geojson', feature: 'x', field: 'id', rule: 'r', message: 'm' },
			'e.geojson: feature x: id: m'
		],
		[
			{ file: 's.json', part: 'step 2', field: 'link', rule: 'r', message: 'm' },
			's.json: step 2: link: m'
		]
	])('prints %o as one line', (issue, line) => {
		expect(issueLine(issue)).toBe(line);
	});
});
