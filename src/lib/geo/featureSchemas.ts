// The properties every story layer's features carry, as valibot schemas: validateGeo checks the committed files
// against them, and the TypeScript types in types.ts are inferred from them. One schema, no copies.
import * as v from 'valibot';
import { labelFor } from './labelFor';
import { LINE_STYLE_IDS } from '../map/layerRegistry';
import { ISLAND_IDS, NAMING_MODES, PLACE_REGIONS } from './types';

/** What a problem in one feature's properties says: the field (a path such as `source.url`) and why. */
export interface FieldProblem {
	field: string;
	message: string;
}

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

const got = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input === 'string' ? `"${input}"` : typeof input);

const text = v.pipe(
	v.string((i) => `expected a string, got ${got(i.input)}`),
	v.check((s) => s.trim() !== '', 'must not be empty')
);
const number = v.pipe(
	v.number((i) => `expected a number, got ${got(i.input)}`),
	v.finite('must be a finite number')
);
const oneOf = <T extends string>(values: readonly T[], what: string) =>
	v.picklist(values as T[], (i) => `unknown ${what} ${got(i.input)} (expected ${values.join(', ')})`);

/** YYYY-MM-DD or YYYY-MM, or null where no date applies. */
const dateOrNull = v.nullable(
	v.pipe(
		v.string((i) => `expected an ISO date (YYYY-MM-DD or YYYY-MM) or null, got ${got(i.input)}`),
		v.check(
			(s) => isIsoDate(s, true),
			(i) => `expected an ISO date (YYYY-MM-DD or YYYY-MM) or null, got ${got(i.input)}`
		)
	)
);

/** Where a fact comes from. */
export const SourceSchema = v.object(
	{
		title: text,
		url: v.optional(v.pipe(v.string('must be an http(s) URL'), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))),
		publisher: v.optional(text),
		accessed: v.optional(
			v.pipe(
				v.string('must be an ISO date (YYYY-MM-DD)'),
				v.check((s) => isIsoDate(s, false), 'must be an ISO date (YYYY-MM-DD)')
			)
		)
	},
	(i) => `expected a source object { title, url?, publisher?, accessed? }, got ${got(i.input)}`
);

/**
 * Names of a feature in every convention; for undisputed places several are equal. `label_*` are what labelFor
 * makes of them (geo/build.ts writes them), so MapLibre can read them with ['get', 'label_ru'].
 */
const NAME_FIELDS = {
	name_en: text,
	/** Romaji, e.g. "Etorofu". */
	name_ja: text,
	/** Kanji or kana, e.g. "択捉島". */
	name_ja_native: text,
	/** Latin transliteration, e.g. "Iturup". */
	name_ru: text,
	/** Cyrillic, e.g. "Итуруп". */
	name_ru_native: text,
	label_ja: text,
	label_ru: text,
	/** e.g. "Iturup / Etorofu". */
	label_both: text
};

const properties = (what: string) => (i: { input: unknown }) => `expected ${what} properties (an object), got ${got(i.input)}`;

export const IslandPropertiesSchema = v.object(
	{
		id: oneOf(ISLAND_IDS, 'island id'),
		kind: oneOf(['island'] as const, 'kind'),
		...NAME_FIELDS,
		/** "Russia". */
		administered_by: text,
		/** e.g. "Kurilsky District, Sakhalin region". */
		administered_as: text,
		/** "Japan". */
		claimed_by: text,
		claimed_as: text,
		/** @turf/area of this geometry, in km², to one decimal. */
		area_km2: number,
		area_official_km2: number,
		area_official_source: SourceSchema,
		/** Which dataset the outline comes from. */
		outline_source: text,
		description: text
	},
	properties('island')
);

export const HokkaidoPropertiesSchema = v.object(
	{
		id: oneOf(['hokkaido'] as const, 'id'),
		kind: oneOf(['region'] as const, 'kind'),
		...NAME_FIELDS,
		description: text,
		outline_source: text
	},
	properties('region')
);

export const PlacePropertiesSchema = v.object(
	{
		id: text,
		kind: oneOf(['place'] as const, 'kind'),
		...NAME_FIELDS,
		/** Where the point must lie (checked by the validator against the islands and the region boxes). */
		region: oneOf(PLACE_REGIONS, 'region'),
		/** One line. */
		description: text,
		/** The day or month of the story's event there, where one applies. */
		date: dateOrNull,
		source: SourceSchema
	},
	properties('place')
);

export const LinePropertiesSchema = v.object(
	{
		id: text,
		kind: oneOf(['line'] as const, 'kind'),
		...NAME_FIELDS,
		description: text,
		date: dateOrNull,
		/** The treaty that set a border, e.g. "Treaty of Portsmouth"; null for a line no treaty drew. */
		treaty: v.nullable(text),
		/** Measured with Turf where the length is the point of the line (the Nosappu gap); null otherwise. */
		length_km: v.nullable(
			v.pipe(
				v.number((i) => `expected a number or null, got ${got(i.input)}`),
				v.finite('must be a finite number')
			)
		),
		/** How the line is drawn: an entry of LINE_STYLES (src/lib/map/layerRegistry.ts). */
		style: oneOf(LINE_STYLE_IDS, 'line style'),
		source: SourceSchema
	},
	properties('line')
);

/** The properties of a feature of one layer, checked against that layer's schema: every problem, by field. */
export function checkFeatureProperties(input: unknown, schema: v.GenericSchema): FieldProblem[] {
	const result = v.safeParse(schema, input);
	const problems: FieldProblem[] = result.success
		? []
		: result.issues.map((issue) => {
				const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
				return { field: path || 'properties', message: issue.input === undefined && path ? 'missing' : issue.message };
			});
	if (problems.every((p) => !p.field.startsWith('name_'))) problems.push(...checkLabels(input));
	return problems;
}

/** label_* must be what labelFor gives, so the map's labels never drift from the names. */
function checkLabels(input: unknown): FieldProblem[] {
	const props = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
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
