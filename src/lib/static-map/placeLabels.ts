// Where static-map labels go: estimated text boxes, MapLibre-like line breaking and anchors, and dropping collisions.
import type { Viewport } from '../map/camera';

/** MapLibre's default `text-line-height`, in ems. */
const LINE_HEIGHT_EM = 1.2;
/** MapLibre's default `text-padding` around each label's collision box, in px. */
const LABEL_PADDING_PX = 2;
/** From a line's vertical middle to its baseline, in ems (about half the height of Latin capitals). */
const BASELINE_SHIFT_EM = 0.35;

/**
 * No fonts are read at build time, so widths are estimated per character, close to DejaVu Sans: the widest
 * of LABEL_FONTS that a reader is likely to have, so a label judged to fit inside the frame does.
 */
export function textWidthPx(text: string, sizePx: number): number {
	let em = 0;
	for (const ch of text) em += charWidthEm(ch);
	return em * sizePx;
}

/** Advance widths in ems. */
function charWidthEm(ch: string): number {
	if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/.test(ch)) return 1;
	if (/[.,:;'!|ijlI]/.test(ch)) return 0.28;
	if (/[ /]/.test(ch)) return 0.33;
	if (/[()\-frt"]/.test(ch)) return 0.39;
	if (/[MWmw]/.test(ch)) return 0.95;
	if (/[A-Z]/.test(ch)) return 0.68;
	return 0.62;
}

/**
 * Breaks a label into lines no wider than `maxWidthEm` where words allow, balanced like MapLibre's
 * (which aims every line at the same width rather than filling the first): "Longname / Longnamea" (10 em) at 15 px in
 * 8 em becomes "Longname /" + "Longnamea".
 */
export function wrapLabel(text: string, sizePx: number, maxWidthEm: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const total = textWidthPx(words.join(' '), sizePx);
	const lines = Math.ceil(total / (maxWidthEm * sizePx));
	if (lines <= 1 || words.length < 2) return [words.join(' ')];
	const target = total / lines;
	// best[i]: least badness laying out words[0..i), with the line break before word i.
	const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
	for (let i = 1; i <= words.length; i++) {
		best[i] = { cost: Infinity, from: 0 };
		for (let j = 0; j < i; j++) {
			const width = textWidthPx(words.slice(j, i).join(' '), sizePx);
			const cost = best[j]!.cost + badness(width, target, i === words.length);
			if (cost < best[i]!.cost) best[i] = { cost, from: j };
		}
	}
	const out: string[] = [];
	for (let i = words.length; i > 0; i = best[i]!.from) out.unshift(words.slice(best[i]!.from, i).join(' '));
	return out;
}

/** MapLibre's `calculateBadness`: distance from the target width, and a last line had better be short than long. */
function badness(width: number, target: number, last: boolean): number {
	const ragged = (width - target) ** 2;
	if (!last) return ragged;
	return width < target ? ragged / 2 : ragged * 2;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The anchors MapLibre names: where the anchor point sits on the label ('left': the label is to its right). */
export type TextAnchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

export interface PlacedText {
	lines: string[];
	sizePx: number;
	/** The x of every line and how lines align to it (SVG `text-anchor`). */
	x: number;
	align: 'start' | 'middle' | 'end';
	/** Baseline of the first line. */
	y: number;
	box: Box;
}

/** A block of lines laid out around a point at `anchor`, `offsetPx` away (MapLibre's `text-radial-offset`). */
export function layoutText(lines: string[], sizePx: number, [px, py]: [number, number], anchor: TextAnchor, offsetPx = 0): PlacedText {
	const width = Math.max(...lines.map((l) => textWidthPx(l, sizePx)));
	const height = lines.length * LINE_HEIGHT_EM * sizePx;
	const cx = anchor === 'left' ? px + offsetPx + width / 2 : anchor === 'right' ? px - offsetPx - width / 2 : px;
	const cy = anchor === 'top' ? py + offsetPx + height / 2 : anchor === 'bottom' ? py - offsetPx - height / 2 : py;
	const align = anchor === 'left' ? 'start' : anchor === 'right' ? 'end' : 'middle';
	const x = align === 'start' ? cx - width / 2 : align === 'end' ? cx + width / 2 : cx;
	const firstMiddle = cy - height / 2 + (LINE_HEIGHT_EM * sizePx) / 2;
	return {
		lines,
		sizePx,
		x,
		align,
		y: firstMiddle + BASELINE_SHIFT_EM * sizePx,
		box: { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 }
	};
}

/**
 * The boxes of labels placed so far. As in MapLibre, the first label to claim space keeps it and later ones
 * that would overlap are dropped. Unlike MapLibre, a label that would be cut by the edge is dropped too:
 * a static map cannot be panned to read the rest.
 */
export class LabelCollisions {
	private readonly boxes: Box[] = [];
	constructor(private readonly viewport: Viewport) {}

	/** Claims `box` if it is inside the viewport and clear of every earlier label; says whether it did. */
	claim(box: Box): boolean {
		if (box.x0 < 0 || box.y0 < 0 || box.x1 > this.viewport.width || box.y1 > this.viewport.height) return false;
		const p = LABEL_PADDING_PX;
		const padded = { x0: box.x0 - p, y0: box.y0 - p, x1: box.x1 + p, y1: box.y1 + p };
		if (this.boxes.some((b) => padded.x0 < b.x1 && padded.x1 > b.x0 && padded.y0 < b.y1 && padded.y1 > b.y0)) return false;
		this.boxes.push(padded);
		return true;
	}
}

export interface LineCenter {
	at: [number, number];
	/** Direction of the line there, in degrees clockwise from east, turned so text reads left to right. */
	angleDeg: number;
	lengthPx: number;
}

/** The point halfway along a projected line and its direction there: MapLibre's `symbol-placement: line-center`. */
export function lineCenter(points: readonly [number, number][]): LineCenter | null {
	const lengths = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
	const lengthPx = lengths.reduce((a, b) => a + b, 0);
	if (lengthPx === 0) return null;
	let left = lengthPx / 2;
	for (let i = 0; i < lengths.length; i++) {
		const seg = lengths[i]!;
		if (left <= seg && seg > 0) {
			const [a, b] = [points[i]!, points[i + 1]!];
			const t = left / seg;
			let angleDeg = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
			if (angleDeg > 90) angleDeg -= 180;
			else if (angleDeg <= -90) angleDeg += 180;
			return { at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], angleDeg, lengthPx };
		}
		left -= seg;
	}
	return null;
}

export interface PlacedLineText {
	text: string;
	sizePx: number;
	at: [number, number];
	angleDeg: number;
	/** Baseline in the label's own (rotated) frame, below `at` when positive. */
	y: number;
	box: Box;
}

/**
 * A label along a line, centred on it and moved `offsetEm` across it (MapLibre's `text-offset` [0, y]),
 * or null when it is longer than the line: MapLibre hides line labels whose glyphs would run off the end.
 */
export function layoutLineText(text: string, sizePx: number, center: LineCenter, offsetEm: number): PlacedLineText | null {
	const width = textWidthPx(text, sizePx);
	if (width > center.lengthPx) return null;
	const height = LINE_HEIGHT_EM * sizePx;
	const middle = offsetEm * sizePx;
	const rad = (center.angleDeg * Math.PI) / 180;
	const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
	// The label's middle in page px, then its rotated rectangle's bounding box.
	const mx = center.at[0] - sin * middle;
	const my = center.at[1] + cos * middle;
	const hw = (Math.abs(cos) * width + Math.abs(sin) * height) / 2;
	const hh = (Math.abs(sin) * width + Math.abs(cos) * height) / 2;
	return {
		text,
		sizePx,
		at: center.at,
		angleDeg: center.angleDeg,
		y: middle + BASELINE_SHIFT_EM * sizePx,
		box: { x0: mx - hw, y0: my - hh, x1: mx + hw, y1: my + hh }
	};
}
