import { describe, expect, it } from 'vitest';
import { frameMessage, hostCommand, isNamingMode, MESSAGE_SOURCE, parseFrameMessage, parseHostCommand, type FrameMessage, type HostCommand } from './protocol';

const ids = ['lavrov-in-tokyo', 'aegis-ashore', 'nagato'];
const source = MESSAGE_SOURCE;

/** Inputs that are not messages at all, whatever the parser. */
const NOT_OBJECTS: unknown[] = [
	null,
	undefined,
	0,
	NaN,
	true,
	'',
	'next',
	'{"source":"treaty-map","type":"next"}',
	[],
	['treaty-map', 'next'],
	Object.assign(['x'], { source, type: 'next' }),
	() => ({ source, type: 'next' }),
	Symbol('next'),
	10n
];

describe('parseHostCommand', () => {
	it.each<[string, unknown, HostCommand]>([
		['goto', { source, type: 'goto', step: 'nagato' }, { source, type: 'goto', step: 'nagato' }],
		['goto the first step', { source, type: 'goto', step: 'lavrov-in-tokyo' }, { source, type: 'goto', step: 'lavrov-in-tokyo' }],
		['hello', { source, type: 'hello', extra: 1 }, { source, type: 'hello' }],
		['next', { source, type: 'next' }, { source, type: 'next' }],
		['prev', { source, type: 'prev' }, { source, type: 'prev' }],
		['names ja', { source, type: 'names', value: 'ja' }, { source, type: 'names', value: 'ja' }],
		['names ru', { source, type: 'names', value: 'ru' }, { source, type: 'names', value: 'ru' }],
		['names both', { source, type: 'names', value: 'both' }, { source, type: 'names', value: 'both' }]
	])('accepts %s', (_, data, expected) => {
		expect(parseHostCommand(data, ids)).toEqual(expected);
	});

	it('accepts a command that went through JSON or structured cloning', () => {
		expect(parseHostCommand(JSON.parse('{"source":"treaty-map","type":"goto","step":"nagato"}'), ids)).toEqual({ source, type: 'goto', step: 'nagato' });
		expect(parseHostCommand(structuredClone({ source, type: 'names', value: 'ru' }), ids)).toEqual({ source, type: 'names', value: 'ru' });
	});

	it('accepts an object without a prototype', () => {
		const data = Object.assign(Object.create(null) as object, { source, type: 'next' });
		expect(parseHostCommand(data, ids)).toEqual({ source, type: 'next' });
	});

	it('ignores extra fields and does not copy them', () => {
		const parsed = parseHostCommand({ source, type: 'goto', step: 'nagato', html: '<img src=x onerror=alert(1)>', index: 3 }, ids);
		expect(parsed).toEqual({ source, type: 'goto', step: 'nagato' });
		expect(Object.keys(parsed ?? {})).toEqual(['source', 'type', 'step']);
		expect(Object.keys(parseHostCommand({ source, type: 'next', step: 'nagato', value: 'ja' }, ids) ?? {})).toEqual(['source', 'type']);
	});

	it('returns a fresh object, not the message it was given', () => {
		const data = { source, type: 'next' };
		expect(parseHostCommand(data, ids)).not.toBe(data);
	});

	it.each(NOT_OBJECTS)('rejects a non-object %s', (data) => {
		expect(parseHostCommand(data, ids)).toBeNull();
	});

	it.each<[string, unknown]>([
		['no source', { type: 'next' }],
		['another source', { source: 'pym', type: 'next' }],
		['a source differing in case', { source: 'Treaty-Map', type: 'next' }],
		['a source with spaces', { source: ' treaty-map', type: 'next' }],
		['a source that is not a string', { source: ['treaty-map'], type: 'next' }],
		['a String object as source', { source: new String('treaty-map'), type: 'next' }],
		['no type', { source }],
		['an unknown type', { source, type: 'eval' }],
		['a frame message type', { source, type: 'ready', step: 'nagato', count: 3 }],
		['a type differing in case', { source, type: 'NEXT' }],
		['a type that is not a string', { source, type: 1 }],
		['an inherited type name', { source, type: 'toString' }],
		['an inherited type name (constructor)', { source, type: 'constructor' }],
		['a type with a trailing space', { source, type: 'next ' }]
	])('rejects a message with %s', (_, data) => {
		expect(parseHostCommand(data, ids)).toBeNull();
	});

	it.each<[string, unknown]>([
		['goto without a step', { source, type: 'goto' }],
		['goto an unknown step', { source, type: 'goto', step: 'tokyo' }],
		['goto an empty step', { source, type: 'goto', step: '' }],
		['goto a step in another case', { source, type: 'goto', step: 'NAGATO' }],
		['goto a step with spaces', { source, type: 'goto', step: ' nagato' }],
		['goto a step as a number', { source, type: 'goto', step: 0 }],
		['goto a step as an index', { source, type: 'goto', step: 2 }],
		['goto a step in an array', { source, type: 'goto', step: ['nagato'] }],
		['goto a step as a String object', { source, type: 'goto', step: new String('nagato') }],
		['goto a step as an object', { source, type: 'goto', step: { toString: () => 'nagato' } }],
		['goto markup', { source, type: 'goto', step: '<script>alert(1)</script>' }],
		['goto a huge string', { source, type: 'goto', step: 'nagato'.repeat(200_000) }],
		['names without a value', { source, type: 'names' }],
		['names with a malformed value', { source, type: 'names', value: 'e n' }],
		['names with a value in another case', { source, type: 'names', value: 'JA' }],
		['names with an empty value', { source, type: 'names', value: '' }],
		['names with null', { source, type: 'names', value: null }],
		['names with an array', { source, type: 'names', value: ['ja'] }],
		['names with a huge string', { source, type: 'names', value: 'ja'.repeat(500_000) }],
		['names given as "names"', { source, type: 'names', names: 'ja' }]
	])('rejects %s', (_, data) => {
		expect(parseHostCommand(data, ids)).toBeNull();
	});

	it('accepts any well-formed naming choice: the frame checks it against its own story', () => {
		expect(parseHostCommand({ source, type: 'names', value: 'gb' }, ids)).toEqual({ source, type: 'names', value: 'gb' });
		expect(parseHostCommand({ source, type: 'names', value: 'party-b' }, ids)).toEqual({ source, type: 'names', value: 'party-b' });
	});

	it('rejects every step when the story has none', () => {
		expect(parseHostCommand({ source, type: 'goto', step: 'nagato' }, [])).toBeNull();
	});

	it('does not take fields from the prototype chain', () => {
		const proto = { source, type: 'goto', step: 'nagato' };
		expect(parseHostCommand(Object.create(proto), ids)).toBeNull();
		expect(parseHostCommand(Object.assign(Object.create(proto) as object, { source }), ids)).toBeNull();
		expect(parseHostCommand(Object.assign(Object.create({ step: 'nagato' }) as object, { source, type: 'goto' }), ids)).toBeNull();
	});

	it('ignores a JSON __proto__ key and does not pollute Object.prototype', () => {
		const data: unknown = JSON.parse('{"__proto__": {"source": "treaty-map", "type": "next", "polluted": true}}');
		expect(parseHostCommand(data, ids)).toBeNull();
		const withOwn: unknown = JSON.parse('{"source": "treaty-map", "type": "goto", "__proto__": {"step": "nagato"}}');
		expect(parseHostCommand(withOwn, ids)).toBeNull();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).step).toBeUndefined();
	});

	it('never runs getters, and survives objects that throw', () => {
		let called = 0;
		const getter = {
			source,
			get type() {
				called++;
				return 'next';
			}
		};
		expect(parseHostCommand(getter, ids)).toBeNull();
		expect(called).toBe(0);
		const hostile = new Proxy(
			{},
			{
				getOwnPropertyDescriptor() {
					throw new Error('trap');
				}
			}
		);
		expect(parseHostCommand(hostile, ids)).toBeNull();
		const { proxy, revoke } = Proxy.revocable({ source, type: 'next' }, {});
		revoke();
		expect(parseHostCommand(proxy, ids)).toBeNull();
	});
});

describe('parseFrameMessage', () => {
	const step = { source, type: 'step', step: 'nagato', index: 2, count: 3, center: [131.2, 34.4], zoom: 6.5, names: 'both' };

	it.each<[string, unknown, FrameMessage]>([
		['ready', { source, type: 'ready', step: 'nagato', count: 3 }, { source, type: 'ready', step: 'nagato', count: 3 }],
		['step', step, step as FrameMessage],
		['resize', { source, type: 'resize', height: 612 }, { source, type: 'resize', height: 612 }],
		['resize to zero', { source, type: 'resize', height: 0 }, { source, type: 'resize', height: 0 }],
		[
			'a step at the antimeridian and poles',
			{ ...step, center: [-180, 90], zoom: 0, index: 0, count: 1 },
			{ ...step, center: [-180, 90], zoom: 0, index: 0, count: 1 } as FrameMessage
		]
	])('accepts %s', (_, data, expected) => {
		expect(parseFrameMessage(data)).toEqual(expected);
	});

	it('copies only the specified fields, into fresh objects', () => {
		const data = { ...step, extra: '<b>', center: [131.2, 34.4] };
		const parsed = parseFrameMessage(data);
		expect(Object.keys(parsed ?? {})).toEqual(['source', 'type', 'step', 'index', 'count', 'center', 'zoom', 'names']);
		expect(parsed?.type === 'step' && parsed.center).not.toBe(data.center);
	});

	it.each(NOT_OBJECTS)('rejects a non-object %s', (data) => {
		expect(parseFrameMessage(data)).toBeNull();
	});

	it.each<[string, unknown]>([
		['another source', { ...step, source: 'datawrapper' }],
		['no source', { type: 'resize', height: 500 }],
		['an unknown type', { source, type: 'height', height: 500 }],
		['a host command', { source, type: 'next' }],
		['ready without count', { source, type: 'ready', step: 'nagato' }],
		['ready with zero steps', { source, type: 'ready', step: 'nagato', count: 0 }],
		['ready with a fractional count', { source, type: 'ready', step: 'nagato', count: 2.5 }],
		['ready with a string count', { source, type: 'ready', step: 'nagato', count: '3' }],
		['ready with an absurd count', { source, type: 'ready', step: 'nagato', count: 1e9 }],
		['ready with markup as step', { source, type: 'ready', step: '<img src=x>', count: 3 }],
		['ready with a huge step', { source, type: 'ready', step: 'a'.repeat(1_000_000), count: 3 }],
		['step without names', { ...step, names: undefined }],
		['step with malformed names', { ...step, names: '<b>' }],
		['step with index = count', { ...step, index: 3 }],
		['step with a negative index', { ...step, index: -1 }],
		['step with a fractional index', { ...step, index: 0.5 }],
		['step with NaN zoom', { ...step, zoom: NaN }],
		['step with Infinity zoom', { ...step, zoom: Infinity }],
		['step with zoom out of range', { ...step, zoom: 30 }],
		['step with a negative zoom', { ...step, zoom: -1 }],
		['step with zoom as string', { ...step, zoom: '6' }],
		['step with a centre of three numbers', { ...step, center: [1, 2, 3] }],
		['step with a centre of one number', { ...step, center: [1] }],
		['step with a centre as an object', { ...step, center: { lng: 131, lat: 34 } }],
		['step with a centre as a string', { ...step, center: '131,34' }],
		['step with NaN in the centre', { ...step, center: [NaN, 34] }],
		['step with Infinity in the centre', { ...step, center: [131, Infinity] }],
		['step with a longitude out of range', { ...step, center: [181, 34] }],
		['step with a latitude out of range', { ...step, center: [131, -91] }],
		['step with strings in the centre', { ...step, center: ['131', '34'] }],
		['step with a sparse centre', { ...step, center: new Array<number>(2).fill(131, 0, 1) }],
		['resize without height', { source, type: 'resize' }],
		['resize with NaN', { source, type: 'resize', height: NaN }],
		['resize with Infinity', { source, type: 'resize', height: Infinity }],
		['resize with -Infinity', { source, type: 'resize', height: -Infinity }],
		['resize with a negative height', { source, type: 'resize', height: -5 }],
		['resize with an absurd height', { source, type: 'resize', height: 1e12 }],
		['resize with a string height', { source, type: 'resize', height: '500px' }],
		['resize with a numeric string', { source, type: 'resize', height: '500' }],
		['resize with a Number object', { source, type: 'resize', height: new Number(500) }]
	])('rejects %s', (_, data) => {
		expect(parseFrameMessage(data)).toBeNull();
	});

	it('does not read fields from the prototype chain or a JSON __proto__ key', () => {
		expect(parseFrameMessage(Object.create({ source, type: 'resize', height: 500 }))).toBeNull();
		expect(parseFrameMessage(JSON.parse('{"source":"treaty-map","type":"resize","__proto__":{"height":500}}'))).toBeNull();
	});
});

describe('frameMessage', () => {
	it('builds ready with exactly its fields', () => {
		expect(frameMessage.ready('nagato', 12)).toStrictEqual({ source, type: 'ready', step: 'nagato', count: 12 });
	});

	it('builds step with the centre rounded to 5 decimals and zoom to 2', () => {
		const m = frameMessage.step({ step: 'nagato', index: 1, count: 3, center: [131.123456789, 34.987654321], zoom: 6.789, names: 'ja' });
		expect(m).toStrictEqual({ source, type: 'step', step: 'nagato', index: 1, count: 3, center: [131.12346, 34.98765], zoom: 6.79, names: 'ja' });
		expect(Object.keys(m)).toEqual(['source', 'type', 'step', 'index', 'count', 'center', 'zoom', 'names']);
	});

	it("takes MapLibre's LngLat as the centre", () => {
		expect(frameMessage.step({ step: 'nagato', index: 0, count: 1, center: { lng: 146.5, lat: 44.2 }, zoom: 7, names: 'both' }).center).toEqual([146.5, 44.2]);
	});

	it('folds longitudes beyond the antimeridian back into range, and never sends -0', () => {
		const at = (lon: number) => frameMessage.step({ step: 'nagato', index: 0, count: 1, center: [lon, -0.000001], zoom: 5, names: 'ru' }).center;
		expect(at(190)).toEqual([-170, 0]);
		expect(at(-200)).toEqual([160, 0]);
		expect(at(540)).toEqual([-180, 0]);
		expect(Object.is(at(0.000001)[0], 0)).toBe(true);
		expect(Object.is(at(0)[1], 0)).toBe(true);
	});

	it('clamps zoom and latitude into the ranges a host accepts', () => {
		const m = frameMessage.step({ step: 'nagato', index: 0, count: 1, center: [0, 95], zoom: 99, names: 'both' });
		expect(m.center[1]).toBe(90);
		expect(m.zoom).toBe(24);
	});

	it('rounds resize heights up to whole pixels', () => {
		expect(frameMessage.resize(612.2)).toStrictEqual({ source, type: 'resize', height: 613 });
		expect(frameMessage.resize(-3).height).toBe(0);
	});

	it.each<[string, () => unknown]>([
		['a NaN height', () => frameMessage.resize(NaN)],
		['an infinite height', () => frameMessage.resize(Infinity)],
		['a NaN longitude', () => frameMessage.step({ step: 'nagato', index: 0, count: 1, center: [NaN, 0], zoom: 1, names: 'ja' })],
		['an infinite zoom', () => frameMessage.step({ step: 'nagato', index: 0, count: 1, center: [0, 0], zoom: Infinity, names: 'ja' })],
		['an index past the end', () => frameMessage.step({ step: 'nagato', index: 1, count: 1, center: [0, 0], zoom: 1, names: 'ja' })],
		['a malformed step id', () => frameMessage.ready('<b>', 3)],
		['zero steps', () => frameMessage.ready('nagato', 0)],
		['a malformed naming mode', () => frameMessage.step({ step: 'nagato', index: 0, count: 1, center: [0, 0], zoom: 1, names: 'e n' })]
	])('refuses %s, naming the field', (_, make) => {
		expect(make).toThrow(/treaty-map embed: \w+/);
	});

	it('builds what the host accepts, unchanged (round trip)', () => {
		const messages: FrameMessage[] = [
			frameMessage.ready('lavrov-in-tokyo', 3),
			frameMessage.step({ step: 'aegis-ashore', index: 1, count: 3, center: [140.1234567, 39.7], zoom: 5.555, names: 'ru' }),
			frameMessage.resize(731.4)
		];
		for (const m of messages) expect(parseFrameMessage(structuredClone(m))).toStrictEqual(m);
	});
});

describe('hostCommand', () => {
	it('builds what the frame accepts, unchanged (round trip)', () => {
		const commands = [hostCommand.hello(), hostCommand.goto('nagato'), hostCommand.next(), hostCommand.prev(), hostCommand.names('ja')];
		for (const c of commands) expect(parseHostCommand(structuredClone(c), ids)).toStrictEqual(c);
	});
});

describe('isNamingMode', () => {
	it.each(['both', 'ja', 'ru', 'gb', 'party-b', 'a1', '1a', 'a'.repeat(32)])('accepts %j, a well-formed naming choice', (mode) => {
		expect(isNamingMode(mode)).toBe(true);
	});
	it.each(['', 'JA', 'e n', '-a', 'a-', 'a--b', 'a_b', '<b>', 'a'.repeat(33), null, 1, ['ja'], { toString: () => 'ja' }])('refuses %j', (mode) => {
		expect(isNamingMode(mode)).toBe(false);
	});
});
