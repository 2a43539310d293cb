// The app starts after the first paint: the prerendered text reaches the screen before hydration begins.
// The live map's download starts at the same moment, in parallel with hydration (MapFrame picks it up).
import type { ClientInit } from '@sveltejs/kit';
import { afterFirstPaint } from '$lib/earlyInput/afterFirstPaint';
import { loadMapModules } from '$lib/map/loadMapModules';

export const init: ClientInit = async () => {
	await afterFirstPaint();
	// Errors surface in MapFrame, which awaits the same promise.
	loadMapModules().catch(() => {});
};
