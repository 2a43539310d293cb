import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkSchema, readYaml, type Located } from './located';

const FILE = 'content/stories/s/story.yaml';

/** A small story.yaml: a mapping, a list of mappings, flow collections, a quoted text. */
const SOURCE = [
	'# a comment',
	'id: test-isles',
	'parties:',
	'  - id: a',
	'    lang: de',
	'  - id: b',
	'    lang: es',
	'map:',
	'  bounds: [0, 40, 20, 60]',
	'steps:',
	'  - id: first-look',
	'    camera: { fit: [big-isle, tern-rock], padding: 40 }',
	'    title: "A title: with a colon"',
	''
].join('\n');

function read(source: string, lineOffset = 0): Located {
	const { located, errors } = readYaml(FILE, source, lineOffset);
	expect(errors).toEqual([]);
	return located!;
}

describe('readYaml', () => {
	const doc = read(SOURCE);

	it('reads the data', () => {
		expect(doc.file).toBe(FILE);
		expect(doc.data).toEqual({
			id: 'test-isles',
			parties: [
				{ id: 'a', lang: 'de' },
				{ id: 'b', lang: 'es' }
			],
			map: { bounds: [0, 40, 20, 60] },
			steps: [{ id: 'first-look', camera: { fit: ['big-isle', 'tern-rock'], padding: 40 }, title: 'A title: with a colon' }]
		});
	});

	it('says where each value was written, 1-based, down to an item of a flow list', () => {
		expect(doc.at(['id'])).toEqual({ line: 2, column: 5 });
		expect(doc.at(['parties', 1, 'lang'])).toEqual({ line: 7, column: 11 });
		expect(doc.at(['parties', 1])).toEqual({ line: 6, column: 5 });
		expect(doc.at(['map', 'bounds', 2])).toEqual({ line: 9, column: 19 });
		expect(doc.at(['steps', 0, 'camera', 'fit', 1])).toEqual({ line: 12, column: 31 });
		expect(doc.at(['steps', 0, 'title'])).toEqual({ line: 13, column: 12 });
	});

	it('says where a key was written, for an unknown field', () => {
		expect(doc.keyAt!(['steps', 0, 'title'])).toEqual({ line: 13, column: 5 });
		expect(doc.keyAt!(['map', 'bounds'])).toEqual({ line: 9, column: 3 });
	});

	it('points at the nearest enclosing value for a path that is not there (a missing field)', () => {
		expect(doc.at(['parties', 1, 'country'])).toEqual({ line: 6, column: 5 });
		expect(doc.at(['steps', 5, 'id'])).toEqual({ line: 11, column: 3 });
		expect(doc.at(['id', 'deeper'])).toEqual({ line: 2, column: 5 });
		expect(doc.at([])).toEqual({ line: 2, column: 1 });
	});

	it('counts lines from where the text starts in its file (front matter)', () => {
		expect(read('title: x\nbyline: y\n', 1).at(['byline'])).toEqual({ line: 3, column: 9 });
	});

	it('reads an empty file as no data, without error', () => {
		expect(read('').data).toBeNull();
	});

	it('expands an alias, and refuses a flood of them', () => {
		expect(read('a: &x [1, 2]\nb: *x\n').data).toEqual({ a: [1, 2], b: [1, 2] });
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join(
			'\n'
		);
		expect(() => readYaml(FILE, bomb)).toThrow(/alias/i);
	});
});

describe('readYaml, on bad YAML', () => {
	const errorsOf = (source: string, lineOffset = 0) => {
		const { located, errors } = readYaml(FILE, source, lineOffset);
		expect(located).toBeUndefined();
		expect(errors.length).toBeGreaterThan(0);
		return errors;
	};

	it('says where the syntax breaks, never throwing', () => {
		const [e] = errorsOf('id: x\nbounds: [1, 2\n');
		expect(e).toMatchObject({ file: FILE, line: 3, column: 1 });
		expect(e!.message).toMatch(/^YAML: /);
		expect(e!.message).not.toMatch(/at line \d+, column \d+/);
	});

	it('hints at double quotes for a colon in unquoted text, the commonest mistake', () => {
		const [e] = errorsOf('id: x\ntitle: Two isles: one story\n');
		expect(e).toMatchObject({ line: 2, column: 8 });
		expect(e!.message).toMatch(/^YAML: .*If a text contains ": " \(a colon and a space\), put the whole text in double quotes$/);
	});

	it('refuses a key given twice', () => {
		const [e] = errorsOf('id: a\nid: b\n');
		expect(e).toMatchObject({ line: 2, column: 1 });
		expect(e!.message).toMatch(/\(each key may appear once\)$/);
	});

	it('asks for spaces where a tab indents', () => {
		const [e] = errorsOf('steps:\n\t- id: x\n');
		expect(e).toMatchObject({ line: 2 });
		expect(e!.message).toMatch(/Indent with spaces, not tabs$/);
	});

	it('counts lines from where the text starts in its file', () => {
		expect(errorsOf('id: a\nid: b\n', 1)[0]).toMatchObject({ line: 3, column: 1 });
	});
});

describe('checkSchema', () => {
	const Step = v.strictObject(
		{
			id: v.pipe(v.string(), v.regex(/^[a-z-]+$/, 'not an id')),
			camera: v.strictObject({ fit: v.array(v.string()), padding: v.optional(v.number('expected a number')) }, 'expected a camera'),
			title: v.optional(v.string())
		},
		(i) => (i.expected === 'never' ? 'unknown field' : 'expected a step')
	);
	const Story = v.object({ id: v.string('expected text'), steps: v.array(Step) }, 'expected a story');
	const stepOf = (path: (string | number)[]): string | undefined =>
		path[0] === 'steps' && typeof path[1] === 'number' ? ['first-look', 'second'][path[1]] : undefined;

	it('gives the parsed data when the file is good', () => {
		const { output, errors } = checkSchema(read(SOURCE), v.object({ id: v.string(), steps: v.array(v.object({ id: v.string() })) }));
		expect(errors).toEqual([]);
		expect(output).toEqual({ id: 'test-isles', steps: [{ id: 'first-look' }] });
	});

	it('reports every problem at once, each at its value, with its step and field', () => {
		const doc = read(
			['id: s', 'steps:', '  - id: first-look', '    camera: { fit: [a], padding: wide }', '  - id: Second', '    camera: { fit: [b] }', ''].join('\n')
		);
		const { output, errors } = checkSchema(doc, Story, stepOf);
		expect(output).toBeUndefined();
		expect(errors).toEqual([
			{ file: FILE, line: 4, column: 34, step: 'first-look', field: 'steps[0].camera.padding', message: 'expected a number' },
			{ file: FILE, line: 5, column: 9, step: 'second', field: 'steps[1].id', message: 'not an id' }
		]);
	});

	it('puts an unknown field at its key', () => {
		const doc = read(['id: s', 'steps:', '  - id: first-look', '    camera: { fit: [a] }', '    colour: red', ''].join('\n'));
		const { errors } = checkSchema(doc, Story, stepOf);
		expect(errors).toEqual([{ file: FILE, line: 5, column: 5, step: 'first-look', field: 'steps[0].colour', message: 'unknown field' }]);
	});

	it('says plainly that a field is missing, at the mapping that lacks it, in the words of the mapping’s schema', () => {
		const doc = read(['id: s', 'steps:', '  - id: first-look', '    title: x', ''].join('\n'));
		const { errors } = checkSchema(doc, Story, stepOf);
		expect(errors).toEqual([{ file: FILE, line: 3, column: 5, step: 'first-look', field: 'steps[0].camera', message: 'missing: expected a step' }]);
		const top = checkSchema(read('steps: []\n'), Story);
		expect(top.errors).toEqual([{ file: FILE, line: 1, column: 1, field: 'id', message: 'missing: expected a story' }]);
	});

	it('reports a problem with the whole file with no field', () => {
		const { errors } = checkSchema(read('just some text\n'), Story);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: FILE, line: 1, column: 1 });
		expect(errors[0]).not.toHaveProperty('field');
	});
});
