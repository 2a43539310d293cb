// The virtual modules of scripts/storyContentPlugin.ts.

declare module 'virtual:treaty-map/story' {
	/** The story folder the site is built from, read and checked at build (scripts/storyContentPlugin.ts). */
	const story: import('$lib/story/content/loadStory').LoadedStory;
	export default story;
}

declare module 'virtual:treaty-map/data-urls' {
	/** The URLs of the map's data files (the basemap's layers and the story's), by layer id. */
	const urls: Record<string, string>;
	export default urls;
}

declare module 'virtual:treaty-map/languages' {
	/** The story's languages and where their pages are ('' for the default language, else e.g. '/ja'). */
	const languages: { lang: string; base: string }[];
	export default languages;
}
