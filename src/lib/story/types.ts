// The story model. What the data files hold is typed by the schema (storySchema.ts); what the page renders, a step
// with its structure and prose merged and its sources resolved, is typed here.
import type * as v from 'valibot';
import type { Source, StoryLayerId } from '../geo/types';
import type { StepKind } from './stepKinds';
import type { CameraCenterSchema, CameraFitSchema, StepStructureSchema, StepTextSchema, StoryStructureSchema, StoryTextSchema } from './storySchema';

export type { StepKind } from './stepKinds';

export type CameraCenter = v.InferOutput<typeof CameraCenterSchema>;
export type CameraFit = v.InferOutput<typeof CameraFitSchema>;
export type CameraSpec = CameraCenter | CameraFit;

/** A step's structure: id, kind, camera, layers and features, and the keys of its sources (story.ts). */
export type StepStructure = v.InferOutput<typeof StepStructureSchema>;
export type StoryStructure = v.InferOutput<typeof StoryStructureSchema>;
/** A step's words in one language (text/<locale>.ts). */
export type StepText = v.InferOutput<typeof StepTextSchema>;
export type StoryText = v.InferOutput<typeof StoryTextSchema>;

export interface Citation extends Source {
	/** What this source supports in the step that cites it, e.g. "Lavrov's visit, 21 March 2018". */
	supports?: string;
}

/** A step as the page renders it: its structure, its words, and its sources resolved. */
export interface StoryStep {
	id: string;
	kind: StepKind;
	title: string;
	opinion?: string[];
	facts: string[];
	quotes?: { text: string; speaker: string }[];
	camera: CameraSpec;
	layers: StoryLayerId[];
	show: string[];
	highlight: string[];
	mapDescription: string;
	citations: Citation[];
}

export interface Story {
	id: string;
	title: string;
	dek: string;
	byline: string;
	article: Citation & { author: string; published: string; headline: string };
	steps: StoryStep[];
}
