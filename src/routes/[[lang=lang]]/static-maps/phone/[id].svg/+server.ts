// /static-maps/phone/<step id>.svg: the step's map as a phone's map frame shows it until MapLibre is idle.
import { staticMapEndpoint } from '$lib/server/staticMaps';

export const prerender = true;
export const { entries, GET } = staticMapEndpoint('phones');
