// Sizes of the static maps, shared by the build that draws them and the page that shows them (no d3 in the client).
import type { Viewport } from '../map/camera';

/** A step's static map beside its text: its drawing size in px (the image scales with CSS; this fixes zoom and label sizes). */
export const STATIC_VIEWPORT: Viewport = { width: 800, height: 560 };

/** The live map's frame on a common desktop screen: the frame's static maps are drawn for this size, then cropped to fit. */
export const FRAME_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** A phone held upright: the phone frame's static maps are drawn this wide, as tall as the step's map is there. */
export const PHONE_SCREEN: Viewport = { width: 390, height: 844 };
