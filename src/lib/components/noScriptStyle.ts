// The story page without JavaScript: one readable column of steps, each with its static map beside its text (below
// it on phones). A <noscript> block for the page's <head>; kept out of the component, whose <style> tags are
// preprocessed as CSS (a <style> inside a string there would be too).
import { WIDE_QUERY } from '../layout/layout';

export const NO_SCRIPT_STYLE =
	'<noscript><style>:root{--step-map-display:block}' +
	'.map-column,.stepper-dock,.story-header .controls,.story-header .hint{display:none!important}' +
	'.story-column{width:auto!important;max-width:72rem;margin:0 auto!important;padding:1rem!important;grid-area:1/1!important}' +
	'.step-slot{margin-bottom:1.5rem!important}.story-header{margin-bottom:1.5rem!important}' +
	`@media ${WIDE_QUERY}{.step-card{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:1.5rem;align-items:start}` +
	'.step-card>*{grid-column:1}.step-card>.step-map{grid-column:2;grid-row:1/span 20;margin:0;position:sticky;top:1rem}}' +
	'</style></noscript>';
