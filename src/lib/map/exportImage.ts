// "Download image": the current view as a PNG with its title, time window, legend, attribution
// and link, at the screen's resolution or twice it. Browser only: the map is redrawn at the asked
// pixel ratio and copied in the same frame (a WebGL canvas is only readable while it renders).
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface ImageCaption {
	title: string;
	window: string;
	legend: { color: string; label: string }[];
	attribution: string;
	link: string;
}

const BAND = { header: 58, legendRow: 22, footer: 40 };

/** The map's pixels at `ratio` device pixels per CSS pixel, drawn onto `target` at (0, y). */
async function drawMap(
	map: MapLibreMap,
	ratio: number,
	target: CanvasRenderingContext2D,
	y: number
) {
	const original = map.getPixelRatio();
	if (ratio !== original) {
		map.setPixelRatio(ratio);
		await new Promise((resolve) => map.once('idle', resolve));
	}
	await new Promise<void>((resolve) => {
		map.once('render', () => {
			target.drawImage(map.getCanvas(), 0, y);
			resolve();
		});
		map.triggerRepaint();
	});
	if (ratio !== original) map.setPixelRatio(original);
}

/** Lays the legend's entries out in rows that fit `width` (CSS pixels). */
function legendRows(ctx: CanvasRenderingContext2D, entries: ImageCaption['legend'], width: number) {
	const rows: ImageCaption['legend'][] = [[]];
	let x = 12;
	for (const entry of entries) {
		const w = 22 + ctx.measureText(entry.label).width + 16;
		if (x + w > width - 12 && rows.at(-1)!.length > 0) {
			rows.push([]);
			x = 12;
		}
		rows.at(-1)!.push(entry);
		x += w;
	}
	return rows;
}

export async function mapImageBlob(
	map: MapLibreMap,
	scale: 1 | 2,
	caption: ImageCaption
): Promise<Blob> {
	const canvas = map.getCanvas();
	const width = canvas.clientWidth;
	const height = canvas.clientHeight;
	const ratio = (window.devicePixelRatio || 1) * scale;
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d')!;
	ctx.font = '13px system-ui, sans-serif';
	const rows = legendRows(ctx, caption.legend, width);
	const total = BAND.header + height + rows.length * BAND.legendRow + 8 + BAND.footer;
	out.width = Math.round(width * ratio);
	out.height = Math.round(total * ratio);

	await drawMap(map, ratio, ctx, Math.round(BAND.header * ratio));
	ctx.scale(ratio, ratio);
	ctx.fillStyle = '#faf8f3';
	ctx.fillRect(0, 0, width, BAND.header);
	ctx.fillRect(0, BAND.header + height, width, total - BAND.header - height);
	ctx.fillStyle = '#1f1d1a';
	ctx.font = '600 17px system-ui, sans-serif';
	ctx.fillText(caption.title, 12, 24, width - 24);
	ctx.font = '13px system-ui, sans-serif';
	ctx.fillStyle = '#4a463f';
	ctx.fillText(caption.window, 12, 46, width - 24);

	let y = BAND.header + height + 18;
	for (const row of rows) {
		let x = 12;
		for (const entry of row) {
			ctx.fillStyle = entry.color;
			ctx.beginPath();
			ctx.arc(x + 7, y - 4, 6, 0, Math.PI * 2);
			ctx.fill();
			ctx.fillStyle = '#1f1d1a';
			ctx.fillText(entry.label, x + 20, y);
			x += 22 + ctx.measureText(entry.label).width + 16;
		}
		y += BAND.legendRow;
	}
	ctx.font = '11px system-ui, sans-serif';
	ctx.fillStyle = '#4a463f';
	ctx.fillText(caption.attribution, 12, y + 8, width - 24);
	ctx.fillStyle = '#0b57d0';
	ctx.fillText(caption.link, 12, y + 26, width - 24);

	return new Promise((resolve, reject) =>
		out.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
			'image/png'
		)
	);
}

/** Saves a blob as a file (an object URL clicked, then released). */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
