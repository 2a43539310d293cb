// The properties a story layer's features may carry, by the layer's geometry: an id, and the figures and references
// the map needs that are the same in every language (names and descriptions are words, kept in each language's
// map.yaml and names.yaml). Strict: a misspelt property is an error, not a silent omission.
import * as v from 'valibot';
import { ID_PATTERN } from '../text/ids';

export type LayerGeometry = 'area' | 'line' | 'point';

const got = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'string' ? `"${input}"` : typeof input);

const FEATURE_ID = ID_PATTERN;
const REF = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const id = v.pipe(
	v.string((i) => `expected a feature id, got ${got(i.input)}`),
	v.regex(FEATURE_ID, (i) => `${got(i.input)} is not a valid feature id: lowercase letters, digits and single hyphens`)
);
const ref = (what: string) =>
	v.pipe(
		v.string((i) => `expected ${what}, got ${got(i.input)}`),
		v.regex(REF, (i) => `${got(i.input)} is not a valid ${what}`)
	);
const number = v.pipe(
	v.number((i) => `expected a number, got ${got(i.input)}`),
	v.finite('must be a finite number')
);
const date = v.nullable(
	v.pipe(
		v.string((i) => `expected a date (YYYY-MM-DD, YYYY-MM or YYYY) or null, got ${got(i.input)}`),
		v.regex(ISO_DATE, (i) => `${got(i.input)} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`)
	)
);
const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.strictObject(entries, (i) =>
		i.expected === 'never'
			? `unknown property (${what} features may have ${Object.keys(entries).join(', ')})`
			: `expected properties (an object), got ${got(i.input)}`
	);

export const FEATURE_PROPERTY_SCHEMAS = {
	area: strict(
		{
			id,
			/** The geometry's area in km², to one decimal: checked against the outline. */
			area_km2: v.optional(number),
			/** The figure the authorities publish, and where (a source key). */
			area_official_km2: v.optional(number),
			area_official_source: v.optional(ref('source key')),
			/** Party ids: who administers the area and who claims it. */
			administered_by: v.optional(ref('party id')),
			claimed_by: v.optional(ref('party id')),
			/** Which dataset the outline comes from (a credit line, shown in its popup). */
			outline_source: v.optional(v.string())
		},
		'area'
	),
	line: strict(
		{
			id,
			/** How it is drawn: one of its layer's styles. */
			style: v.pipe(
				v.string((i) => `expected a line style id, got ${got(i.input)}`),
				v.regex(FEATURE_ID, 'must be a line style id')
			),
			/** When it was drawn (a border) or measured. */
			date: v.optional(date),
			/** Its length in km where the length is its point: checked against the line. */
			length_km: v.optional(v.nullable(number)),
			source: v.optional(ref('source key'))
		},
		'line'
	),
	point: strict(
		{
			id,
			/** The day or month of the story's event there. */
			date: v.optional(date),
			source: v.optional(ref('source key')),
			/** The area feature it lies on (checked against the outline). */
			on: v.optional(id)
		},
		'point'
	)
} as const satisfies Record<LayerGeometry, v.GenericSchema>;

export type AreaProperties = v.InferOutput<(typeof FEATURE_PROPERTY_SCHEMAS)['area']>;
export type LineProperties = v.InferOutput<(typeof FEATURE_PROPERTY_SCHEMAS)['line']>;
export type PointProperties = v.InferOutput<(typeof FEATURE_PROPERTY_SCHEMAS)['point']>;
