// The part of the map the reader can actually see: the map's rectangle less everything the page lays over it (the
// text panel, the key, the inset, the buttons, the attribution), as MapLibre padding. Pure; the map owner measures
// the live rectangles, the static maps use a model of them (coverModel.ts).
import { targetAspect, targetForWidth, type CameraTarget, type Padding } from './camera';

/** A rectangle in page px. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of `r` inside `within`, or null when they do not overlap. */
export function intersect(r: Rect, within: Rect): Rect | null {
	const out = {
		left: Math.max(r.left, within.left),
		top: Math.max(r.top, within.top),
		right: Math.min(r.right, within.right),
		bottom: Math.min(r.bottom, within.bottom)
	};
	return out.right > out.left && out.bottom > out.top ? out : null;
}

export function area(r: Rect): number {
	return Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
}

/** Above this many covers, the smallest are let go (each adds a factor of four to the search). */
const MAX_COVERS = 6;

/**
 * The padding that keeps the largest clear rectangle of `map` free of every cover. Each cover is cleared by pushing
 * one side of the map's view past it (a panel on the left pushes the left side, a key in a corner the right or the
 * bottom side, whichever costs less); every choice is tried and the best kept. "Best" means the largest scale at
 * which a target of this width-to-height `aspect` fits (Mercator px), or, without one, the largest area.
 */
export function clearPadding(map: Rect, covers: readonly Rect[], aspect?: number): Padding {
	const inside = covers
		.map((c) => intersect(c, map))
		.filter((c): c is Rect => c !== null)
		.sort((a, b) => area(b) - area(a))
		.slice(0, MAX_COVERS);
	if (inside.length === 0) return NO_PADDING;
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	let best: Padding = NO_PADDING;
	let bestScore = -Infinity;
	const choices = 4 ** inside.length;
	for (let choice = 0; choice < choices; choice++) {
		const p = { top: 0, right: 0, bottom: 0, left: 0 };
		let rest = choice;
		for (const c of inside) {
			const side = rest % 4;
			rest = Math.floor(rest / 4);
			if (side === 0) p.left = Math.max(p.left, c.right - map.left);
			else if (side === 1) p.right = Math.max(p.right, map.right - c.left);
			else if (side === 2) p.top = Math.max(p.top, c.bottom - map.top);
			else p.bottom = Math.max(p.bottom, map.bottom - c.top);
		}
		const w = width - p.left - p.right;
		const h = height - p.top - p.bottom;
		if (w <= 0 || h <= 0) continue;
		const score = aspect && aspect > 0 ? Math.min(w / aspect, h) : w * h;
		// Ties go to the choice that keeps the view most central (the smaller total padding).
		if (score > bestScore || (score === bestScore && p.top + p.right + p.bottom + p.left < best.top + best.right + best.bottom + best.left)) {
			best = p;
			bestScore = score;
		}
	}
	// Whole px, up: the same covers always give the same padding, so the camera is not re-aimed for a fraction.
	return { top: Math.ceil(best.top), right: Math.ceil(best.right), bottom: Math.ceil(best.bottom), left: Math.ceil(best.left) };
}

/** The clear rectangle that a padding leaves of the map. */
export function clearRect(map: Rect, padding: Padding): Rect {
	return { left: map.left + padding.left, top: map.top + padding.top, right: map.right - padding.right, bottom: map.bottom - padding.bottom };
}

/**
 * The one framing rule, for the live map and the static maps alike: a step's camera framed inside the part of `map`
 * that `covers` leave clear, with its small camera (`target.small`) where that part is narrow. Returns the target
 * used and the padding that keeps it clear.
 */
export function frameStep(target: CameraTarget, map: Rect, covers: readonly Rect[]): { target: CameraTarget; padding: Padding } {
	let padding = clearPadding(map, covers, targetAspect(target));
	const aimed = targetForWidth(target, map.right - map.left - padding.left - padding.right);
	if (aimed !== target) padding = clearPadding(map, covers, targetAspect(aimed));
	return { target: aimed, padding };
}
