// Build time only (shared by every page): resolve each step's camera, the label points and the features' popups from
// the committed geo/ data, and read the publisher's basemap setting (PUBLIC_BASEMAP_STYLE) once, at build.
import { storyMapData } from '$lib/server/mapData';
import { basemapStyleFrom } from '$lib/map/basemapSetting';
import { story } from '$lib/story/storyFor';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({
	...storyMapData(story),
	basemapStyle: basemapStyleFrom(process.env.PUBLIC_BASEMAP_STYLE)
});
