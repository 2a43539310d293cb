// The story's schema, in valibot: the structure (story.ts) and the prose of each language (text/*.ts). The types in
// types.ts are inferred from it, and validateStory checks the data against it before the second, cross-reference pass.
import * as v from 'valibot';
import { STORY_LAYER_IDS } from '../geo/types';
import { STEP_KIND_IDS } from './stepKinds';
import { FRONT_PAGE_KEY } from '../share/sharePaths';

/** Lowercase words joined by single hyphens: URL-safe, used in ?step=, /step/<id>/ and data-step-id. */
export const STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 16;
export const MAX_PITCH_DEG = 85;
export const MAX_ABS_BEARING_DEG = 360;

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(v.string('must be text'), v.regex(STEP_ID_PATTERN, 'must be lowercase words joined by hyphens'));
const finite = (what: string) => v.pipe(v.number(`must be a number (${what})`), v.finite(`must be a finite number (${what})`));
const lonLat = v.tuple([finite('longitude'), finite('latitude')], 'must be [lon, lat]');
const zoom = v.pipe(finite('zoom'), v.minValue(MIN_ZOOM, `must be at least ${MIN_ZOOM}`), v.maxValue(MAX_ZOOM, `must be at most ${MAX_ZOOM}`));
const orientation = {
	bearing: v.optional(v.pipe(finite('degrees'), v.minValue(-MAX_ABS_BEARING_DEG), v.maxValue(MAX_ABS_BEARING_DEG))),
	pitch: v.optional(v.pipe(finite('degrees'), v.minValue(0), v.maxValue(MAX_PITCH_DEG)))
};

/** A camera given by centre and zoom, as MapLibre takes it. */
export const CameraCenterSchema = v.strictObject({ center: lonLat, zoom, ...orientation }, 'a camera has a center and zoom, or fit, and nothing else');

const fitFields = {
	fit: v.pipe(v.array(text, 'must be a list of feature ids'), v.minLength(1, 'must list at least one feature id')),
	padding: v.optional(v.pipe(finite('px'), v.minValue(0, 'must be 0 px or more'))),
	maxZoom: v.optional(zoom)
};

/**
 * A camera that frames these features (ids from geo/), with extra padding in px. Where its view cannot show them
 * well on a small map (a phone), `small` names what matters first: the step's highlighted features, with context only
 * where room allows; the map frames those instead when its clear part is narrower than SMALL_MAP_MAX_WIDTH_PX.
 */
export const CameraFitSchema = v.strictObject(
	{
		...fitFields,
		small: v.optional(v.strictObject(fitFields, 'a small camera has fit, padding and maxZoom, and nothing else')),
		...orientation
	},
	'a camera has a center and zoom, or fit, and nothing else'
);

/** A camera with `center` is read as a centre-and-zoom camera, any other as a fitted one (so errors name its fields). */
export const CameraSchema = v.lazy((input) => (typeof input === 'object' && input !== null && 'center' in input ? CameraCenterSchema : CameraFitSchema));

const featureIds = v.array(text, 'must be a list of feature ids');

/** A step's id also names its page, card and oEmbed file; the front page's key (FRONT_PAGE_KEY) is taken. */
const stepId = v.pipe(
	id,
	v.check((s) => s !== FRONT_PAGE_KEY, `"${FRONT_PAGE_KEY}" is the front page's (its card and oEmbed file): choose another id`)
);

export const StepStructureSchema = v.strictObject({
	id: stepId,
	kind: v.picklist(STEP_KIND_IDS, `must be one of ${STEP_KIND_IDS.join(', ')}`),
	camera: CameraSchema,
	/** Story layers shown (the basemap always is). */
	layers: v.array(v.picklist(STORY_LAYER_IDS, `must be one of ${STORY_LAYER_IDS.join(', ')}`), 'must be a list of story layers'),
	/** Features shown by the layers that show only what a step lists (places, lines). */
	show: featureIds,
	/** Features emphasised; each must be shown. */
	highlight: featureIds,
	/** Keys of SOURCES (sources.ts), in the order the step lists them. */
	sources: v.pipe(v.array(text, 'must be a list of source keys'), v.minLength(1, 'the step needs at least one source'))
});

export const StoryStructureSchema = v.strictObject({
	id,
	/** The SOURCES key of the column the story follows. */
	article: text,
	steps: v.array(StepStructureSchema, 'must be a list of steps')
});

const paragraphs = v.array(text, 'must be a list of paragraphs');

export const StepTextSchema = v.strictObject({
	/** Short; may use name placeholders such as {iturup}. */
	title: text,
	/** What the author argues, in our own words (short quoted phrases allowed, attributed). */
	opinion: v.optional(paragraphs),
	/** Short quotations from the column, each with who said it. */
	quotes: v.optional(v.array(v.strictObject({ text, speaker: text }), 'must be a list of { text, speaker }')),
	/** Checkable facts, each supported by one of the step's sources. */
	facts: paragraphs,
	/** What the map shows, in plain words, for screen readers and readers without the map. */
	mapDescription: text,
	/** What each of the step's sources supports here, by source key. */
	supports: v.record(v.string(), text, 'must map each of the step’s source keys to what it supports')
});

export const StoryTextSchema = v.strictObject({
	title: text,
	dek: text,
	byline: text,
	steps: v.record(v.string(), StepTextSchema, 'must map each step id to its text')
});
