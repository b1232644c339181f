// Region codes for datasets that group by the admin1 names their sources give.

/** A stable, URL-safe code for a region name: "Cochabamba" → "cochabamba", "La Paz" → "la-paz". */
export function regionCode(name: string): string {
	const slug = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.length > 0 ? slug.slice(0, 60) : 'unnamed';
}
