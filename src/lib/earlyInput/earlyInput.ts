// What the reader did before the app started (kept by earlyInputScript.js): the step actions, in order, once. After
// this call the page's own handlers answer, and the early script keeps nothing more.
import type { StepAction } from '../story/stepKeys';

const ACTIONS: readonly string[] = ['next', 'prev', 'first', 'last'] satisfies StepAction[];

export function takeEarlyInput(): StepAction[] {
	const queue = window.__treatyMapEarly;
	window.__treatyMapEarly = null;
	return Array.isArray(queue) ? queue.filter((a): a is StepAction => ACTIONS.includes(a)) : [];
}
