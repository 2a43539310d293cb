// The kinds of story step and the rules each obeys, in one table: the validator enforces it, the components label
// each kind from the messages (src/lib/i18n/), keyed by the same names.

/** Whether a step of this kind carries the author's opinion. */
type OpinionRule = 'required' | 'optional' | 'forbidden';
/** Which sources a step of this kind must cite: the column, sources other than the column, or no rule. */
type CitationRule = 'article' | 'other' | 'any';

export interface StepKindRule {
	opinion: OpinionRule;
	/** Whether the step may quote the column's words. */
	quotes: boolean;
	cites: CitationRule;
}

export const STEP_KINDS = {
	/** Framing at the start; may state the author's view. */
	intro: { opinion: 'optional', quotes: true, cites: 'any' },
	/** Carries the column's argument, in our words, and cites the column. */
	argument: { opinion: 'required', quotes: true, cites: 'article' },
	/** Background a reader needs, not the author's argument: cites other sources, quotes nothing from the column. */
	context: { opinion: 'forbidden', quotes: false, cites: 'other' },
	/** The author's verdict. */
	conclusion: { opinion: 'required', quotes: true, cites: 'article' }
} as const satisfies Record<string, StepKindRule>;

export type StepKind = keyof typeof STEP_KINDS;
export const STEP_KIND_IDS = Object.keys(STEP_KINDS) as StepKind[];
