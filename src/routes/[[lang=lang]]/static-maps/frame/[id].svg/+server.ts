// /static-maps/frame/<step id>.svg: the step's map as the sticky frame shows it until MapLibre is idle.
import { staticMapEndpoint } from '$lib/server/staticMaps';

export const prerender = true;
export const { entries, GET } = staticMapEndpoint('frames');
