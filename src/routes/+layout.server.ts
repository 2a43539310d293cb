// Build time only (shared by the story and the embed): resolve each step's camera and the label points from the committed geo/ data,
// and read the publisher's basemap setting (PUBLIC_BASEMAP_STYLE) once, at build.
import { storyMapData } from '$lib/server/mapData';
import { basemapStyleFrom } from '$lib/map/basemapSetting';
import { story } from '$lib/story/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({
	...storyMapData(story),
	basemapStyle: basemapStyleFrom(process.env.PUBLIC_BASEMAP_STYLE)
});
