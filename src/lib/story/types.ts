// The story model: typed data that the validator checks at build time and the page renders.
import type { StoryLayerId, Source } from '../geo/types';

/** A camera given by centre and zoom, as MapLibre takes it. */
export interface CameraCenter {
	center: [number, number]; // [lon, lat]
	zoom: number;
	bearing?: number;
	pitch?: number;
}

/** A camera that frames these features (ids from geo/), with extra padding in px. */
export interface CameraFit {
	fit: string[];
	padding?: number;
	maxZoom?: number;
	bearing?: number;
	pitch?: number;
}

export type CameraSpec = CameraCenter | CameraFit;

/**
 * - argument: carries the article's argument (must cite the article)
 * - context: background a reader needs, NOT the author's argument (must cite non-article sources)
 * - intro / conclusion: framing; the conclusion carries the author's verdict (cites the article)
 */
export type StepKind = 'intro' | 'argument' | 'context' | 'conclusion';

export interface Citation extends Source {
	/** What this source supports, e.g. "Lavrov's visit, 21 March 2018". */
	supports?: string;
}

export interface StoryStep {
	/** Stable, URL-safe (lowercase, digits, hyphens). Used in ?step= and data-step-id. */
	id: string;
	kind: StepKind;
	/** Short title; may use name placeholders such as {iturup}. */
	title: string;
	/**
	 * What the author argues, in our own words (short quoted phrases allowed, attributed).
	 * Shown visibly apart from `facts`. Required for argument/conclusion steps, absent for context steps.
	 */
	opinion?: string[];
	/** Checkable facts, each supported by an entry in `citations`. Paragraphs; may use placeholders. */
	facts: string[];
	/** Short quoted phrase(s) from the article, each with who said it. */
	quotes?: { text: string; speaker: string }[];
	camera: CameraSpec;
	/** Story layers shown in this step (the basemap is always shown). */
	layers: StoryLayerId[];
	/** Feature ids from geo/ shown in this step for the point/line layers; islands/hokkaido show whole. */
	show: string[];
	/** Feature ids emphasised in this step (must be shown). */
	highlight: string[];
	/** Plain-language description of what the map shows, for screen readers and readers without the map. */
	mapDescription: string;
	citations: Citation[];
}

export interface Story {
	id: string;
	title: string;
	dek: string;
	byline: string; // ours, e.g. "A treaty-map explainer"
	article: Citation & { author: string; published: string; headline: string };
	steps: StoryStep[];
}
