// /static-maps/steps/<step id>.svg: the step's static map beside its text (no JavaScript, no WebGL, print).
import { staticMapEndpoint } from '$lib/server/staticMaps';

export const prerender = true;
export const { entries, GET } = staticMapEndpoint('cards');
