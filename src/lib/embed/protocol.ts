// The postMessage protocol between the /embed frame and its host page: message types, strict parsers, exact constructors.
// Shared by the frame (src/routes/embed) and the host script (embedScript.ts -> /embed.js); no DOM, no map.
import { ID_PATTERN, MAP_MAX_ZOOM, MAX_ID_LENGTH } from '../text/ids';

/** A naming choice as the protocol carries it: a story's party id or `both` (the frame ignores one its story lacks). */
export type NamingMode = string;
const NAMING_MODE = ID_PATTERN;

/** Every message in either direction carries this, so neither side mistakes another library's messages for ours. */
export const MESSAGE_SOURCE = 'treaty-map';
type MessageSource = typeof MESSAGE_SOURCE;

/** Story step ids are URL-safe: lowercase letters, digits and single hyphens (see src/lib/story/ids.ts). */
const STEP_ID_PATTERN = ID_PATTERN;
const MAX_STEP_ID_LENGTH = MAX_ID_LENGTH;
/** Far above any real story; bounds `count` and `index` so a hostile frame cannot send absurd numbers. */
const MAX_STEP_COUNT = 1000;
const MAX_ZOOM = MAP_MAX_ZOOM;
/** Heights a frame may report, before the host clamps them to its own sane range. */
const MAX_REPORTED_HEIGHT_PX = 100_000;

const CENTER_DECIMALS = 5;
const ZOOM_DECIMALS = 2;

// ---------------------------------------------------------------------------------------------------------------
// Frame -> host

export interface ReadyMessage {
	source: MessageSource;
	type: 'ready';
	/** The step the frame opened on. */
	step: string;
	count: number;
}

export interface StepMessage {
	source: MessageSource;
	type: 'step';
	step: string;
	/** 0-based position of `step` in the story. */
	index: number;
	count: number;
	/** [lon, lat], rounded to 5 decimals (about a metre). */
	center: [number, number];
	/** Rounded to 2 decimals. */
	zoom: number;
	names: NamingMode;
}

export interface ResizeMessage {
	source: MessageSource;
	type: 'resize';
	/** The frame's content height in CSS pixels, a whole number. */
	height: number;
}

export type FrameMessage = ReadyMessage | StepMessage | ResizeMessage;
export type FrameMessageType = FrameMessage['type'];

// ---------------------------------------------------------------------------------------------------------------
// Host -> frame

export type HostCommand =
	/** Asks the frame to say again what it said while nobody listened: `ready`, its `step` and its height (`resize`). */
	| { source: MessageSource; type: 'hello' }
	| { source: MessageSource; type: 'goto'; step: string }
	| { source: MessageSource; type: 'next' }
	| { source: MessageSource; type: 'prev' }
	| { source: MessageSource; type: 'names'; value: NamingMode };

// ---------------------------------------------------------------------------------------------------------------
// Field readers. Only own data properties count: inherited values, getters and proxies' traps are never consulted,
// so an object built to look like a message (or a `__proto__` key from JSON.parse) cannot smuggle fields in.

type Fields = Readonly<Record<string, unknown>>;

function asFields(data: unknown): Fields | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	return data as Fields;
}

function own(obj: Fields, key: string): unknown {
	const d = Object.getOwnPropertyDescriptor(obj, key);
	return d && 'value' in d ? d.value : undefined;
}

/** A well-formed step id (shape only: whether the story has it is the frame's business). */
export function isStepId(v: unknown): v is string {
	return typeof v === 'string' && v.length <= MAX_STEP_ID_LENGTH && STEP_ID_PATTERN.test(v);
}

export function isNamingMode(v: unknown): v is NamingMode {
	return typeof v === 'string' && v.length <= 32 && NAMING_MODE.test(v);
}

function isIntIn(v: unknown, min: number, max: number): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function isNumberIn(v: unknown, min: number, max: number): v is number {
	return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

/** Reads a message's own `source` and `type`; null unless the source is ours and `type` is a string. */
function header(data: unknown): { fields: Fields; type: string } | null {
	const fields = asFields(data);
	if (!fields) return null;
	const type = own(fields, 'type');
	if (own(fields, 'source') !== MESSAGE_SOURCE || typeof type !== 'string') return null;
	return { fields, type };
}

/** Runs a parser, turning anything thrown (a revoked proxy, an exotic object) into "not a message". */
function guarded<T>(parse: () => T | null): T | null {
	try {
		return parse();
	} catch {
		return null;
	}
}

/**
 * The frame's side: a command from the host, or null for anything else (wrong source, unknown type,
 * a missing or mistyped field, a step not in `stepIds`, a naming mode that does not exist).
 * Returns a fresh object holding only the specified fields; extra fields are ignored, never copied.
 */
export function parseHostCommand(data: unknown, stepIds: readonly string[]): HostCommand | null {
	return guarded(() => {
		const h = header(data);
		if (!h) return null;
		switch (h.type) {
			case 'goto': {
				const step = own(h.fields, 'step');
				return typeof step === 'string' && stepIds.includes(step) ? { source: MESSAGE_SOURCE, type: 'goto', step } : null;
			}
			case 'hello':
			case 'next':
			case 'prev':
				return { source: MESSAGE_SOURCE, type: h.type };
			case 'names': {
				const value = own(h.fields, 'value');
				return isNamingMode(value) ? { source: MESSAGE_SOURCE, type: 'names', value } : null;
			}
			default:
				return null;
		}
	});
}

/**
 * The host's side: a message from the frame, or null. The host does not know the story's step ids,
 * so steps are checked for shape only; numbers must be finite and in range.
 */
export function parseFrameMessage(data: unknown): FrameMessage | null {
	return guarded(() => {
		const h = header(data);
		if (!h) return null;
		const f = h.fields;
		switch (h.type) {
			case 'ready': {
				const step = own(f, 'step');
				const count = own(f, 'count');
				if (!isStepId(step) || !isIntIn(count, 1, MAX_STEP_COUNT)) return null;
				return { source: MESSAGE_SOURCE, type: 'ready', step, count };
			}
			case 'step': {
				const step = own(f, 'step');
				const index = own(f, 'index');
				const count = own(f, 'count');
				const zoom = own(f, 'zoom');
				const names = own(f, 'names');
				const center = readCenter(own(f, 'center'));
				if (!isStepId(step) || !isIntIn(count, 1, MAX_STEP_COUNT) || !isIntIn(index, 0, count - 1)) return null;
				if (!center || !isNumberIn(zoom, 0, MAX_ZOOM) || !isNamingMode(names)) return null;
				return { source: MESSAGE_SOURCE, type: 'step', step, index, count, center, zoom, names };
			}
			case 'resize': {
				const height = own(f, 'height');
				return isNumberIn(height, 0, MAX_REPORTED_HEIGHT_PX) ? { source: MESSAGE_SOURCE, type: 'resize', height } : null;
			}
			default:
				return null;
		}
	});
}

function readCenter(v: unknown): [number, number] | null {
	if (!Array.isArray(v) || v.length !== 2) return null;
	const lon: unknown = v[0];
	const lat: unknown = v[1];
	return isNumberIn(lon, -180, 180) && isNumberIn(lat, -90, 90) ? [lon, lat] : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Constructors: the only way the frame should build what it posts. Each returns exactly the specified fields.
// A non-finite number or a malformed step id is a bug in the caller, so it throws (naming the field) rather than
// posting something every host would drop.

function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f || 0; // `|| 0` turns -0 into 0
}

function finite(value: number, field: string): number {
	if (!Number.isFinite(value)) throw new RangeError(`treaty-map embed: ${field} must be a finite number, got ${value}`);
	return value;
}

function stepId(value: string): string {
	if (!isStepId(value)) throw new RangeError(`treaty-map embed: step must be a step id, got ${JSON.stringify(value)}`);
	return value;
}

function stepCount(value: number): number {
	if (!isIntIn(value, 1, MAX_STEP_COUNT)) throw new RangeError(`treaty-map embed: count must be an integer 1–${MAX_STEP_COUNT}, got ${value}`);
	return value;
}

/** MapLibre reports longitudes beyond ±180 after panning across the antimeridian; fold them back. */
function wrapLongitude(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export interface StepMessageInput {
	step: string;
	index: number;
	count: number;
	center: readonly [number, number] | { lng: number; lat: number };
	zoom: number;
	names: NamingMode;
}

export const frameMessage = {
	ready(step: string, count: number): ReadyMessage {
		return { source: MESSAGE_SOURCE, type: 'ready', step: stepId(step), count: stepCount(count) };
	},

	step(input: StepMessageInput): StepMessage {
		const count = stepCount(input.count);
		if (!isIntIn(input.index, 0, count - 1)) throw new RangeError(`treaty-map embed: index must be an integer 0–${count - 1}, got ${input.index}`);
		if (!isNamingMode(input.names)) throw new RangeError('treaty-map embed: names must be a naming choice such as "both"');
		const [rawLon, rawLat] = 'lng' in input.center ? [input.center.lng, input.center.lat] : input.center;
		const lon = round(wrapLongitude(finite(rawLon, 'center[0]')), CENTER_DECIMALS);
		const lat = round(Math.max(-90, Math.min(90, finite(rawLat, 'center[1]'))), CENTER_DECIMALS);
		const zoom = round(Math.max(0, Math.min(MAX_ZOOM, finite(input.zoom, 'zoom'))), ZOOM_DECIMALS);
		return { source: MESSAGE_SOURCE, type: 'step', step: stepId(input.step), index: input.index, count, center: [lon, lat], zoom, names: input.names };
	},

	/** `height` in CSS pixels (fractional values from getBoundingClientRect are rounded up, so nothing is cut off). */
	resize(height: number): ResizeMessage {
		const h = Math.ceil(finite(height, 'height'));
		return { source: MESSAGE_SOURCE, type: 'resize', height: Math.max(0, Math.min(MAX_REPORTED_HEIGHT_PX, h)) };
	}
};

/** Builds a host command with exactly the specified fields (the host script's only way to make one). */
export const hostCommand = {
	hello: (): HostCommand => ({ source: MESSAGE_SOURCE, type: 'hello' }),
	goto: (step: string): HostCommand => ({ source: MESSAGE_SOURCE, type: 'goto', step }),
	next: (): HostCommand => ({ source: MESSAGE_SOURCE, type: 'next' }),
	prev: (): HostCommand => ({ source: MESSAGE_SOURCE, type: 'prev' }),
	names: (value: NamingMode): HostCommand => ({ source: MESSAGE_SOURCE, type: 'names', value })
};
