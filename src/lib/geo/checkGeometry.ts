// RFC 7946 geometry checks: types, coordinate arrays, ranges, closed rings, right-hand winding, self-intersections.
import type { Geometry, Position } from 'geojson';
import { findKinks } from './findKinks';
import booleanClockwise from '@turf/boolean-clockwise';

export type GeometryType = Exclude<Geometry['type'], 'GeometryCollection'>;

export interface GeometryRule {
	types: readonly GeometryType[];
	/** Look for self-intersections (polygons and lines). */
	kinks: boolean;
}

export interface GeometryCheck {
	/** Problems found, each one sentence; repeats of one kind are counted, not listed. */
	problems: string[];
	/** The geometry, typed, when its structure is sound (winding or kinks may still be wrong). */
	geometry: Geometry | null;
}

/** Collects problems, listing at most MAX_PER_KIND of each kind and counting the rest. */
class Problems {
	static readonly MAX_PER_KIND = 3;
	private readonly byKind = new Map<string, { shown: string[]; more: number }>();
	add(kind: string, message: string): void {
		const entry = this.byKind.get(kind) ?? { shown: [], more: 0 };
		if (entry.shown.length < Problems.MAX_PER_KIND) entry.shown.push(message);
		else entry.more++;
		this.byKind.set(kind, entry);
	}
	get size(): number {
		return this.byKind.size;
	}
	list(): string[] {
		return [...this.byKind.values()].flatMap(({ shown, more }) =>
			more > 0 ? [...shown.slice(0, -1), `${shown[shown.length - 1]} (and ${more} more like it)`] : shown
		);
	}
}

const isArray = Array.isArray;

function fmt(p: readonly number[]): string {
	return `[${p.map((x) => Number(x.toFixed(5))).join(', ')}]`;
}

function checkPosition(p: unknown, where: string, out: Problems): p is Position {
	if (!isArray(p) || p.length < 2 || p.length > 3 || !p.every((x) => typeof x === 'number' && Number.isFinite(x))) {
		out.add('position', `${where}: a position must be [longitude, latitude] (or with altitude) in finite numbers`);
		return false;
	}
	const [lon, lat] = p as number[];
	if (lon! < -180 || lon! > 180) out.add('lon', `${where}: longitude ${lon} is outside [-180, 180]`);
	if (lat! < -90 || lat! > 90) out.add('lat', `${where}: latitude ${lat} is outside [-90, 90]`);
	return true;
}

function checkLine(line: unknown, where: string, out: Problems): boolean {
	if (!isArray(line)) {
		out.add('shape', `${where}: expected an array of positions`);
		return false;
	}
	let ok = true;
	line.forEach((p, i) => {
		ok = checkPosition(p, `${where} position ${i}`, out) && ok;
	});
	if (line.length < 2) {
		out.add('short', `${where}: a line needs at least 2 positions`);
		ok = false;
	}
	return ok;
}

function checkRing(ring: unknown, where: string, out: Problems): boolean {
	if (!checkLine(ring, where, out)) return false;
	const r = ring as Position[];
	if (r.length < 4) {
		out.add('ring-short', `${where}: a linear ring needs at least 4 positions`);
		return false;
	}
	const first = r[0]!;
	const last = r[r.length - 1]!;
	if (first[0] !== last[0] || first[1] !== last[1]) {
		out.add('open', `${where}: the ring is not closed (first ${fmt(first)}, last ${fmt(last)})`);
		return false;
	}
	return true;
}

function checkPolygon(rings: unknown, where: string, out: Problems): boolean {
	if (!isArray(rings) || rings.length === 0) {
		out.add('shape', `${where}: a polygon needs an array of linear rings`);
		return false;
	}
	let ok = true;
	rings.forEach((ring, i) => {
		const at = `${where}${i === 0 ? 'exterior ring' : `hole ${i}`}`;
		if (!checkRing(ring, at, out)) {
			ok = false;
		} else if (booleanClockwise(ring as Position[]) !== i > 0) {
			out.add('winding', `${at} winds ${i === 0 ? 'clockwise' : 'counter-clockwise'}; RFC 7946 wants exterior rings counter-clockwise and holes clockwise`);
		}
	});
	return ok;
}

/** Checks a geometry against RFC 7946 and the layer's rule. */
export function checkGeometry(g: unknown, rule: GeometryRule): GeometryCheck {
	const out = new Problems();
	if (g === null || g === undefined) return { problems: ['missing'], geometry: null };
	if (typeof g !== 'object' || isArray(g)) return { problems: ['must be a GeoJSON geometry object'], geometry: null };
	const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
	if (typeof type !== 'string' || !(rule.types as readonly string[]).includes(type)) {
		return { problems: [`type ${JSON.stringify(type)} is not allowed here (expected ${rule.types.join(' or ')})`], geometry: null };
	}
	if (!isArray(coordinates)) return { problems: ['coordinates missing or not an array'], geometry: null };
	let ok = true;
	switch (type as GeometryType) {
		case 'Point':
			ok = checkPosition(coordinates, 'point', out);
			break;
		case 'MultiPoint':
			coordinates.forEach((p, i) => (ok = checkPosition(p, `point ${i}`, out) && ok));
			break;
		case 'LineString':
			ok = checkLine(coordinates, 'line', out);
			break;
		case 'MultiLineString':
			coordinates.forEach((l, i) => (ok = checkLine(l, `line ${i}`, out) && ok));
			break;
		case 'Polygon':
			ok = checkPolygon(coordinates, '', out);
			break;
		case 'MultiPolygon':
			coordinates.forEach((p, i) => (ok = checkPolygon(p, `part ${i} `, out) && ok));
			break;
	}
	const geometry = ok ? (g as Geometry) : null;
	if (geometry && rule.kinks && geometry.type !== 'Point' && geometry.type !== 'MultiPoint' && geometry.type !== 'GeometryCollection') {
		const kinks = findKinks(geometry);
		if (kinks.length > 0) {
			out.add('kinks', `crosses or touches itself at ${fmt(kinks[0]!)}${kinks.length > 1 ? ` and ${kinks.length - 1} other points` : ''}`);
		}
	}
	return { problems: out.list(), geometry };
}
