// Region codes for datasets that group by the admin1 names their sources give.
import { slugify } from './slug.ts';

/** A stable, URL-safe code for a region name: "Cochabamba" → "cochabamba", "La Paz" → "la-paz". */
export function regionCode(name: string): string {
	const slug = slugify(name);
	return slug.length > 0 ? slug.slice(0, 60) : 'unnamed';
}
