// The map's colours, shared by the MapLibre style, the legend and the static maps, so they never drift apart.
export const PALETTE = {
	sea: '#cfe0ea',
	land: '#f4f1ea',
	landOutline: '#b9b09f',
	border: '#8a7f70',
	hokkaido: '#e6dcc6',
	hokkaidoOutline: '#7d6b4f',
	island: '#f2bd78',
	islandOutline: '#8f4a12',
	islandHighlight: '#e07a1f',
	islandHighlightOutline: '#5c2a04',
	place: '#1f2937',
	placeHighlight: '#b91c1c',
	line1855: '#374151',
	line1875: '#6d28d9',
	line1905: '#0f766e',
	line1945: '#1e40af',
	gapLine: '#b91c1c',
	label: '#111827',
	labelHalo: '#ffffff'
} as const;

/** CSS font families for map labels (drawn locally: the style has no glyphs URL, so no font is fetched). */
export const LABEL_FONTS = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
