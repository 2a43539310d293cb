// /static-maps/frame/<step id>.svg: the step's map as the sticky frame shows it until MapLibre is idle.
import { PANEL_WIDTH_PX } from '$lib/components/layout';
import { staticMaps, svgResponse } from '$lib/server/staticMaps';
import { story } from '$lib/story/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => story.steps.map((s) => ({ id: s.id }));
export const GET: RequestHandler = ({ params }) => svgResponse(staticMaps(story, PANEL_WIDTH_PX).frames.get(params.id), `step "${params.id}"`);
