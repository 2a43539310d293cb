// Shared geometry types.

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
