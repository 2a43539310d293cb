// /static-maps/steps/<step id>.svg: the step's static map beside its text (no JavaScript, no WebGL, print).
import { PANEL_WIDTH_PX } from '$lib/components/layout';
import { staticMaps, svgResponse } from '$lib/server/staticMaps';
import { story } from '$lib/story/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => story.steps.map((s) => ({ id: s.id }));
export const GET: RequestHandler = ({ params }) => svgResponse(staticMaps(story, PANEL_WIDTH_PX).cards.get(params.id), `step "${params.id}"`);
