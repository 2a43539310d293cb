// The story page without JavaScript: one readable column of steps, each with its static map beside its text (below
// it on phones). A <noscript> block for the page's <head>; kept out of the component, whose <style> tags are
// preprocessed as CSS (a <style> inside a string there would be too).
import { NARROW_QUERY, WIDE_QUERY } from '../layout/layout';

export const NO_SCRIPT_STYLE =
	'<noscript><style>:root{--step-map-display:block}' +
	'.map-column,.stepper-dock,.story-header .controls,.story-header .hint{display:none!important}' +
	'.story-column{width:auto!important;max-width:72rem;margin:0 auto!important;padding:1rem!important;grid-area:1/1!important}' +
	'.step-slot{margin-bottom:1.5rem!important}.story-header{margin-bottom:1.5rem!important}' +
	`@media ${WIDE_QUERY}{.step-card{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:1.5rem;align-items:start}` +
	'.step-card>*{grid-column:1}.step-card>.step-map{grid-column:2;grid-row:1/span 20;margin:0;position:sticky;top:1rem}}' +
	'</style></noscript>';

/**
 * A step's own page without JavaScript: that step comes first, before the story's header, so its text and map are on
 * the first screen; the rest of the story follows in order. (The list's items join the column's flow to be reordered.)
 * On a narrow screen, where a step's map otherwise follows its text, the shared step's map comes right after its title.
 */
export const NO_SCRIPT_SHARED_STEP_STYLE =
	'<noscript><style>.story-column{display:flex!important;flex-direction:column}.steps{display:contents}' +
	'.step-slot.shared{order:-1}.story-header,.step-slot,.credits{order:0}' +
	`@media ${NARROW_QUERY}{.shared .step-card{display:flex;flex-direction:column}.shared .step-card>*{order:2}` +
	'.shared .step-card>.kicker,.shared .step-card>h2{order:0}.shared .step-card>.step-map{order:1}}</style></noscript>';
