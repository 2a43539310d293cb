// Every string the interface shows, in English. The story's own prose is apart, in src/lib/story/text/en.ts.
// A second language is a second file like this one (typed by `Messages`), registered in locales.ts.
import type { StepKind } from '../story/stepKinds';
import type { NamingMode } from '../geo/types';
import type { InsetRegion } from '../map/insetExtent';

/** The embed's strings, apart so the host-side embed.js takes these few words and not the whole interface's. */
export const enEmbed = {
	/** The iframe's accessible name when the publisher gives none. */
	title: 'Map: why Japan and Russia still have no peace treaty'
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const en = {
	/** The explainer's name, as a publisher's series line and in titles. */
	site: { name: 'treaty-map', series: 'treaty-map explainer' },

	header: {
		/** Before the linked headline. */
		basedOn: 'Based on the opinion piece',
		/** After it: who wrote it, where, when, and how the explainer treats its argument. */
		byline: (author: string, publisher: string, published: string): string =>
			`by ${author}, ${publisher}, ${published}. Its argument is set apart as “${author} argues”; everything else is checkable and sourced.`,
		hint: 'Scroll, use the buttons below, or press ↓/↑ (Page Down/Up, Home/End) to step through.',
		storySteps: 'Story steps'
	},

	footer: {
		heading: 'About this map',
		dataBefore: 'Map data:',
		publicDomainAnd: '(public domain) and ©',
		viaPackage: '(ODbL), via the package',
		dataAfter: 'Every figure and date is sourced step by step; the data sources are listed in the project’s',
		disputed: 'The islands are disputed. They are administered by Russia and claimed by Japan; this explainer names both sides’ names and takes no side.'
	},

	step: {
		of: (n: number, count: number): string => `Step ${n} of ${count}`,
		/** The compact count in the embed's stepper. */
		short: (n: number, count: number): string => `${n} of ${count}`,
		argues: (author: string): string => `${author} argues`,
		argumentRegion: (author: string): string => `${author}’s argument`,
		quotedBy: (speaker: string, author: string): string => `— ${speaker}, as quoted by ${author}`,
		mapLabel: 'The map:',
		mapAlt: (title: string): string => `Map: ${title}`,
		sources: (count: number): string => `Sources (${count})`,
		onTheRecord: 'On the record'
	},

	/** What each kind of step is called, and what its checkable part is headed. */
	kind: {
		intro: { label: 'Introduction', facts: 'On the record' },
		argument: { label: 'The argument', facts: 'On the record' },
		context: { label: 'Context', facts: 'Background, not the author’s argument' },
		conclusion: { label: 'Conclusion', facts: 'On the record' }
	} satisfies Record<StepKind, { label: string; facts: string }>,

	stepper: {
		previous: 'Previous',
		next: 'Next',
		previousStep: 'Previous step',
		nextStep: 'Next step',
		progress: 'Progress through the story',
		fullStory: 'Full story',
		/** Said in an embed whose frame may open no link (a sandbox that forbids both new tabs and leaving the page). */
		linkBlocked: 'This page does not let the embed open links: copy the address to read the full story.'
	},

	names: {
		legend: 'Place names',
		options: {
			both: { label: 'Both', example: 'Iturup / Etorofu' },
			ja: { label: 'Japanese', example: 'Etorofu, Northern Territories' },
			ru: { label: 'Russian', example: 'Iturup, Southern Kurils' }
		} satisfies Record<NamingMode, { label: string; example: string }>,
		/** For the announcement when the reader switches. */
		words: { both: 'both sides’ names', ja: 'Japanese names', ru: 'Russian names' } satisfies Record<NamingMode, string>
	},

	motion: { toggle: 'Animate the map' },

	share: {
		summary: 'Share / embed',
		link: 'Link to this step',
		script: 'Embed: iframe and script (takes its content’s height)',
		iframe: 'Embed: iframe only (for sites that remove scripts)',
		copy: 'Copy',
		copied: { link: 'Link copied.', script: 'Embed code copied.', iframe: 'Iframe code copied.' },
		copyFailed: 'Could not copy: select the text and copy it by hand.',
		/** Opens the device's share sheet with the step's link. */
		share: 'Share…',
		shareFailed: 'Could not open sharing: copy the link instead.'
	},

	explore: {
		start: 'Explore the map',
		startShort: 'Explore',
		back: '← Back to the story',
		backShort: '← Story',
		features: (count: number): string => `Features on the map (${count})`,
		featuresShort: (count: number): string => `Features (${count})`
	},

	announce: {
		step: (n: number, count: number, title: string, description: string): string => `Step ${n} of ${count}: ${title}. ${description}`,
		names: (mode: NamingMode): string => `Place names now shown: ${en.names.words[mode]}. Who administers and who claims the islands is unchanged.`,
		exploring: 'Exploring the map. Arrow keys pan, plus and minus zoom, Escape returns to the story.',
		backToStory: (n: number, count: number, title: string): string => `Back to the story: step ${n} of ${count}, ${title}.`,
		feature: (name: string, description: string, status: string): string => `${name}: ${description}${status}`,
		status: (administeredBy: string, claimedBy: string): string => ` Administered by ${administeredBy}, claimed by ${claimedBy}.`
	},

	map: {
		region: 'Map of the places in the story',
		embedRegion: (title: string): string => `Map: ${title}`,
		canvasStory: 'Map of the active step (follows the story; use “Explore the map” to pan and zoom)',
		canvasExplore: 'Interactive map: arrow keys pan, plus and minus zoom, Shift with arrows rotates, Escape returns to the story',
		failed: (why: string | null): string =>
			`The interactive map could not start${why ? `: ${why}` : ''}. Each step shows a static map and says in words what the map shows.`,
		noWebgl: 'this browser cannot draw it: WebGL is unavailable or turned off',
		dataFailed: 'The map could not load its data.',
		contextLost: 'The browser lost the map’s WebGL context.',
		popup: (name: string): string => `About ${name}`,
		legend: 'Map legend',
		key: 'Key',
		inset: (region: string): string => `Locator map: the current view within ${region}`,
		insetRegions: { 'northeast-asia': 'Northeast Asia', eurasia: 'Eurasia' } satisfies Record<InsetRegion, string>
	},

	/** Legend entries; `{territories}` and other placeholders follow the reader's naming choice. */
	legend: {
		hokkaido: 'Hokkaido: Japan, undisputed',
		islands: 'Disputed islands, {territories}: administered by Russia, claimed by Japan',
		islandsHighlight: 'Disputed island in focus in this step',
		places: 'Place in the story',
		placesHighlight: 'Place in focus in this step'
	},

	popup: {
		japaneseName: 'Japanese name',
		russianName: 'Russian name',
		administeredBy: 'Administered by',
		claimedBy: 'Claimed by',
		area: 'Area',
		officialFigure: 'official figure',
		measured: 'measured on this outline',
		length: 'Length',
		treaty: 'Set by',
		date: 'Date',
		source: 'Source',
		outline: 'Outline'
	},

	embed: enEmbed,

	format: {
		/** "15 December 2016", "January 2018", "1855". */
		date: (iso: string): string => {
			const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
			if (!m) return iso;
			const [, y, mo, d] = m;
			const month = mo ? MONTHS[Number(mo) - 1] : undefined;
			if (!month) return y!;
			return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
		},
		km2: (n: number): string => `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km²`,
		km: (n: number): string => `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km`
	}
};

export type Messages = typeof en;
