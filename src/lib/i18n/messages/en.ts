// Every word of the interface, in English. The story's own words (its text, its names, its key, the map's notes)
// are the story's, in its content folder; these are the engine's, the same for any story. A language is a file like
// this one in this folder, typed by `Messages`: a missing key or a wrong parameter fails svelte-check and npm test.
import type { StepKind } from '../../story/stepKinds';
import { formatDate, formatNumber, plural } from '../format';

const LANG = 'en';

export const en = {
	meta: {
		/** BCP 47: the page's `lang`, and the story folder's language. */
		lang: LANG,
		/** The conventions numbers and dates follow (Intl): British English writes "15 December 2016". */
		locale: 'en-GB',
		/** The language's own name, in the language control. */
		name: 'English',
		/** Open Graph's og:locale. */
		ogLocale: 'en_GB',
		/** The text's direction. */
		dir: 'ltr' as 'ltr' | 'rtl'
	},

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

	language: {
		/** The language control's name. */
		label: 'Language',
		/** A link's accessible name: the story in another language. */
		readIn: (name: string): string => `Read this story in ${name}`
	},

	footer: {
		heading: 'About this map',
		/** The bundled basemap's credit; {link} is the dataset's name, linked. */
		basemap: 'Land and borders: {link} (public domain).',
		/** The credit of a story layer drawn from OpenStreetMap; {link} is its contributors, linked. */
		osm: 'Outlines: © {link} (ODbL).'
	},

	step: {
		of: (n: number, count: number): string => `Step ${formatNumber(n, LANG)} of ${formatNumber(count, LANG)}`,
		/** The compact count in the embed's stepper. */
		short: (n: number, count: number): string => `${formatNumber(n, LANG)} of ${formatNumber(count, LANG)}`,
		argues: (author: string): string => `${author} argues`,
		argumentRegion: (author: string): string => `${author}’s argument`,
		/** Under a block quotation: who said it, and through whom the story has it. */
		quotedBy: (speaker: string, author: string): string => `— ${speaker}, as quoted by ${author}`,
		said: (speaker: string): string => `— ${speaker}`,
		mapLabel: 'The map:',
		mapAlt: (title: string): string => `Map: ${title}`,
		sources: (count: number): string => `Sources (${formatNumber(count, LANG)})`,
		onTheRecord: 'On the record',
		/** After a quotation in translation: a short mark, and what it says in full. */
		translatedMark: 'tr.',
		translated: (fromLanguage: string): string => `translated from ${fromLanguage}`,
		/** The list of a step's quotations with their originals (in its sources). */
		quotations: (count: number): string => plural(LANG, count, { one: 'Quotation in this step', other: 'Quotations in this step' }),
		original: 'original',
		translatedBy: (by: string): string => `translation: ${by}`,
		ourTranslation: 'translation: ours',
		/** Between a source and what it supports in the step. */
		supportsSeparator: ' — ',
		/** A source in another language than the page's. */
		inLanguage: (language: string): string => `in ${language}`
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
		/** The names switch's name. */
		legend: 'Place names',
		/** The table of each side's names, under the story. */
		table: 'Each side’s names, and where they come from',
		/** Under a side's column heading: where its names come from, unless a name says otherwise. */
		usualSource: (source: string): string => `Source: ${source}`,
		/** After a name that has a source of its own. */
		nameSource: 'source',
		/** Where the names of places that neither side disputes come from; {link} is the source. */
		others: 'Places that neither side disputes: {link}.'
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
		features: (count: number): string => `Features on the map (${formatNumber(count, LANG)})`,
		featuresShort: (count: number): string => `Features (${formatNumber(count, LANG)})`
	},

	announce: {
		step: (n: number, count: number, title: string, description: string): string =>
			`Step ${formatNumber(n, LANG)} of ${formatNumber(count, LANG)}: ${title}. ${description}`,
		/** `names`: the chosen names' words, e.g. "Russian names". */
		names: (names: string): string => `Place names now shown: ${names}. Who administers and who claims the places is unchanged.`,
		exploring: 'Exploring the map. Arrow keys pan, plus and minus zoom, Escape returns to the story.',
		backToStory: (n: number, count: number, title: string): string =>
			`Back to the story: step ${formatNumber(n, LANG)} of ${formatNumber(count, LANG)}, ${title}.`,
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
		inset: (region: string): string => `Locator map: the current view within ${region}`
	},

	popup: {
		/** A side's own name for the place, in its own script. */
		ownName: 'own name',
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

	format: {
		/** An aside in brackets, after a word: " (in Russian)". */
		paren: (text: string): string => ` (${text})`,
		/** Between the items of a list: a source's author, publisher and date. */
		list: ', ',
		/** Between the parts of a note: a quotation, its language, its original, its translator. */
		notes: '; ',
		/** A label before what it names: "original: ". */
		label: (label: string): string => `${label}: `,
		/** A quotation set apart (a block quotation), in the language's quotation marks. */
		quote: (text: string): string => `“${text}”`,
		/** "15 December 2016", "January 2018", "1855". */
		date: (iso: string): string => formatDate(iso, 'en-GB'),
		km2: (n: number): string => `${formatNumber(n, 'en-GB', 1)} km²`,
		km: (n: number): string => `${formatNumber(n, 'en-GB', 1)} km`
	}
};

export type Messages = typeof en;
export default en;
