// The basemap's colours, shared by the MapLibre style, the page's CSS (--sea), the static maps and the cards, so they
// never drift apart. The story's own layers bring their colours in story.yaml.
export const PALETTE = {
	sea: '#cfe0ea',
	land: '#f4f1ea',
	landOutline: '#b9b09f',
	border: '#8a7f70',
	label: '#111827',
	labelHalo: '#ffffff'
} as const;

/** CSS font families for map labels (drawn locally: the style has no glyphs URL, so no font is fetched). */
export const LABEL_FONTS = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
