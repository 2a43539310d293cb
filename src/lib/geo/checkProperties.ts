// Property schemas of the story layers (mirroring types.ts) and the check that names each bad field.
import { labelFor } from './labelFor';
import type { HokkaidoProperties, IslandProperties, LineProperties, NameProperties, PlaceProperties } from './types';
import { ISLAND_IDS, NAMING_MODES } from './types';

export type FieldSpec =
	| { kind: 'string' }
	| { kind: 'number' }
	| { kind: 'number|null' }
	| { kind: 'date|null' }
	| { kind: 'source' }
	| { kind: 'oneOf'; values: readonly string[]; what: string };

export interface FieldProblem {
	field: string;
	message: string;
}

const STRING: FieldSpec = { kind: 'string' };
const NUMBER: FieldSpec = { kind: 'number' };
const SOURCE: FieldSpec = { kind: 'source' };

const NAME_FIELDS = {
	name_en: STRING,
	name_ja: STRING,
	name_ja_native: STRING,
	name_ru: STRING,
	name_ru_native: STRING,
	label_ja: STRING,
	label_ru: STRING,
	label_both: STRING
} satisfies Record<keyof NameProperties, FieldSpec>;

export const ISLAND_FIELDS = {
	id: { kind: 'oneOf', values: ISLAND_IDS, what: 'island id' },
	kind: { kind: 'oneOf', values: ['island'], what: 'kind' },
	...NAME_FIELDS,
	administered_by: STRING,
	administered_as: STRING,
	claimed_by: STRING,
	claimed_as: STRING,
	area_km2: NUMBER,
	area_official_km2: NUMBER,
	area_official_source: SOURCE,
	outline_source: STRING,
	description: STRING
} satisfies Record<keyof IslandProperties, FieldSpec>;

export const HOKKAIDO_FIELDS = {
	id: { kind: 'oneOf', values: ['hokkaido'], what: 'id' },
	kind: { kind: 'oneOf', values: ['region'], what: 'kind' },
	...NAME_FIELDS,
	description: STRING,
	outline_source: STRING
} satisfies Record<keyof HokkaidoProperties, FieldSpec>;

export const PLACE_FIELDS = {
	id: STRING,
	kind: { kind: 'oneOf', values: ['place'], what: 'kind' },
	...NAME_FIELDS,
	region: { kind: 'oneOf', values: ['japan', 'russia', 'vietnam', 'disputed'], what: 'region' },
	description: STRING,
	date: { kind: 'date|null' },
	source: SOURCE
} satisfies Record<keyof PlaceProperties, FieldSpec>;

export const LINE_FIELDS = {
	id: STRING,
	kind: { kind: 'oneOf', values: ['line'], what: 'kind' },
	...NAME_FIELDS,
	description: STRING,
	date: { kind: 'date|null' },
	length_km: { kind: 'number|null' },
	source: SOURCE
} satisfies Record<keyof LineProperties, FieldSpec>;

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** YYYY-MM-DD that is a real calendar day, or (when allowed) YYYY-MM. */
export function isIsoDate(s: string, allowMonth: boolean): boolean {
	const month = allowMonth ? ISO_MONTH.exec(s) : null;
	if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
	const day = ISO_DAY.exec(s);
	if (!day) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function typeName(v: unknown): string {
	return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v;
}

function checkSource(v: unknown, field: string, out: FieldProblem[]): void {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) {
		out.push({ field, message: `expected a source object { title, url?, publisher?, accessed? }, got ${typeName(v)}` });
		return;
	}
	const s = v as Record<string, unknown>;
	if (typeof s.title !== 'string' || s.title.trim() === '') out.push({ field: `${field}.title`, message: s.title === undefined ? 'missing' : 'must be a non-empty string' });
	if (s.url !== undefined && (typeof s.url !== 'string' || !/^https?:\/\/\S+$/.test(s.url))) {
		out.push({ field: `${field}.url`, message: 'must be an http(s) URL' });
	}
	if (s.publisher !== undefined && (typeof s.publisher !== 'string' || s.publisher.trim() === '')) {
		out.push({ field: `${field}.publisher`, message: 'must be a non-empty string' });
	}
	if (s.accessed !== undefined && (typeof s.accessed !== 'string' || !isIsoDate(s.accessed, false))) {
		out.push({ field: `${field}.accessed`, message: 'must be an ISO date (YYYY-MM-DD)' });
	}
}

/** Checks `properties` against `specs`: every field present and of its type. Extra fields are allowed. */
export function checkProperties(properties: unknown, specs: FieldSpecs): FieldProblem[] {
	if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
		return [{ field: 'properties', message: `expected an object, got ${typeName(properties)}` }];
	}
	const props = properties as Record<string, unknown>;
	const out: FieldProblem[] = [];
	for (const [field, spec] of Object.entries(specs)) {
		const v = props[field];
		if (v === undefined) {
			out.push({ field, message: 'missing' });
			continue;
		}
		switch (spec.kind) {
			case 'string':
				if (typeof v !== 'string') out.push({ field, message: `expected a string, got ${typeName(v)}` });
				else if (v.trim() === '') out.push({ field, message: 'must not be empty' });
				break;
			case 'number':
				if (typeof v !== 'number' || !Number.isFinite(v)) out.push({ field, message: `expected a number, got ${typeName(v)}` });
				break;
			case 'number|null':
				if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) out.push({ field, message: `expected a number or null, got ${typeName(v)}` });
				break;
			case 'date|null':
				if (v !== null && (typeof v !== 'string' || !isIsoDate(v, true))) out.push({ field, message: `expected an ISO date (YYYY-MM-DD or YYYY-MM) or null, got ${typeName(v)}` });
				break;
			case 'source':
				checkSource(v, field, out);
				break;
			case 'oneOf':
				if (typeof v !== 'string' || !spec.values.includes(v)) {
					out.push({ field, message: `unknown ${spec.what} ${typeName(v)} (expected ${spec.values.join(', ')})` });
				}
				break;
		}
	}
	if (out.every((p) => !p.field.startsWith('name_'))) out.push(...checkLabels(props));
	return out;
}

/** label_* must be what labelFor gives, so the map's labels never drift from the names. */
function checkLabels(props: Record<string, unknown>): FieldProblem[] {
	if (typeof props.name_ja !== 'string' || typeof props.name_ru !== 'string') return [];
	const names = { name_ja: props.name_ja, name_ru: props.name_ru };
	const out: FieldProblem[] = [];
	for (const mode of NAMING_MODES) {
		const field = `label_${mode}`;
		const want = labelFor(names, mode);
		if (typeof props[field] === 'string' && props[field] !== want) {
			out.push({ field, message: `expected "${want}" (labelFor of the names), got "${String(props[field])}"` });
		}
	}
	return out;
}
