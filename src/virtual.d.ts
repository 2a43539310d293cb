// The virtual modules of scripts/storyContentPlugin.ts.

declare module 'virtual:treaty-map/story' {
	/** The story folder the site is built from, read and checked at build (scripts/storyContentPlugin.ts). */
	const story: import('$lib/story/content/loadStory').LoadedStory;
	export default story;
}

declare module 'virtual:treaty-map/map-data' {
	/** The live map's data: the URL of its PMTiles archive (every layer it reads, as vector tiles), its zooms and bounds. */
	const data: import('$lib/map/offlineStyle').MapTilesData;
	export default data;
}

declare module 'virtual:treaty-map/languages' {
	/** The story's languages and where their pages are ('' for the default language, else e.g. '/ja'). */
	const languages: { lang: string; base: string }[];
	export default languages;
}

declare module 'virtual:treaty-map/maplibre-worker' {
	/** MapLibre's worker, built from its sources beside the map's code (scripts/maplibreFromSource.ts): its URL. */
	const url: string;
	export default url;
}
