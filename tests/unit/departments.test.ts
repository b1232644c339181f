import { describe, expect, it } from 'vitest';
import { departmentOfLine, departmentOfPoint } from '../../src/lib/geo/departments.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import length from '@turf/length';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import along from '@turf/along';
import type { LineString } from 'geojson';

const departments = readDepartments();
const polygon = (code: string) =>
	departments.features.find((d) => d.properties.iso_3166_2 === code)!;

describe('department assignment', () => {
	it.each([
		['Sacaba', [-66.038, -17.398], 'BO-C'],
		['Oruro', [-67.093, -17.972], 'BO-O'],
		['Huanuni', [-66.836, -18.289], 'BO-O'],
		['Yapacaní', [-63.885, -17.403], 'BO-S'],
		// On the Peruvian border: outside the simplified polygon, within the tolerance.
		['Desaguadero', [-69.034, -16.568], 'BO-L'],
		['Tambo Quemado', [-69.074, -18.285], 'BO-O']
	] as const)('%s → %s', (_name, position, code) => {
		expect(departmentOfPoint([...position], departments)).toBe(code);
	});

	it('refuses points outside Bolivia', () => {
		expect(departmentOfPoint([-77.04, -12.05], departments)).toBeNull(); // Lima
		expect(departmentOfPoint([-70.6, -33.45], departments)).toBeNull(); // Santiago
	});

	it('gives a line to the department holding most of its length', () => {
		// La Paz → Oruro along a straight line: measure independently how much lies in each.
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[-68.15, -16.5],
				[-67.093, -17.972]
			]
		};
		const km = length({ type: 'Feature', properties: {}, geometry: line });
		let inLaPaz = 0;
		const steps = 400;
		for (let s = 0; s < steps; s++) {
			const p = along(
				{ type: 'Feature', properties: {}, geometry: line },
				((s + 0.5) / steps) * km
			);
			if (booleanPointInPolygon(p, polygon('BO-L'))) inLaPaz++;
		}
		const expected = inLaPaz > steps / 2 ? 'BO-L' : 'BO-O';
		expect(departmentOfLine(line, departments)).toBe(expected);

		// Reversed, the answer is the same; a line wholly inside Oruro is Oruro's.
		expect(
			departmentOfLine({ ...line, coordinates: [...line.coordinates].reverse() }, departments)
		).toBe(expected);
		expect(
			departmentOfLine(
				{
					type: 'LineString',
					coordinates: [
						[-67.09, -17.97],
						[-66.84, -18.29]
					]
				},
				departments
			)
		).toBe('BO-O');
	});
});
