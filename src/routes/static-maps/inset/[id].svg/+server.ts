// /static-maps/inset/<extent id>.svg: the locator inset's land, drawn at build (the same in every language).
import { insetMapEndpoint } from '$lib/server/staticMaps';

export const prerender = true;
export const { entries, GET } = insetMapEndpoint();
