import { describe, expect, it } from 'vitest';
import { closest, contentErrorReport, didYouMean, editDistance, firstBadFile, formatContentError, formatPath, type ContentError } from './contentError';

const FILE = 'content/stories/s/story.yaml';

describe('formatContentError', () => {
	it('writes file:line:column, then the step, the feature, the field and the message', () => {
		expect(
			formatContentError({ file: FILE, line: 12, column: 5, step: 'harbour', feature: 'big-isle', field: 'steps[1].camera.fit[0]', message: 'unknown feature' })
		).toBe(`${FILE}:12:5: step "harbour": feature "big-isle": field "steps[1].camera.fit[0]": unknown feature`);
	});
	it('leaves out what it does not know', () => {
		expect(formatContentError({ file: FILE, line: 3, message: 'm' })).toBe(`${FILE}:3: m`);
		expect(formatContentError({ file: FILE, message: 'm' })).toBe(`${FILE}: m`);
		expect(formatContentError({ file: FILE, column: 4, field: 'id', message: 'm' })).toBe(`${FILE}: field "id": m`);
	});
});

describe('formatPath', () => {
	it('writes keys with dots and indexes in brackets', () => {
		expect(formatPath(['steps', 3, 'camera', 'fit', 0])).toBe('steps[3].camera.fit[0]');
		expect(formatPath(['facts', 1])).toBe('facts[1]');
		expect(formatPath([2, 'id'])).toBe('[2].id');
		expect(formatPath([])).toBe('');
	});
});

describe('firstBadFile', () => {
	const errors: ContentError[] = [
		{ file: 'b.yaml', line: 9, column: 1, message: 'b9' },
		{ file: 'a.yaml', line: 2, message: 'a2' },
		{ file: 'b.yaml', line: 3, column: 7, message: 'b3:7' },
		{ file: 'b.yaml', message: 'b, no line' },
		{ file: 'b.yaml', line: 3, column: 2, message: 'b3:2' },
		{ file: 'c.md', line: 1, message: 'c1' }
	];

	it('is every error of the first file with any, in the order of the file, and the names of the others', () => {
		const bad = firstBadFile(errors)!;
		expect(bad.file).toBe('b.yaml');
		expect(bad.errors.map((e) => e.message)).toEqual(['b, no line', 'b3:2', 'b3:7', 'b9']);
		expect(bad.others).toEqual(['a.yaml', 'c.md']);
	});
	it('is nothing when nothing is wrong', () => {
		expect(firstBadFile([])).toBeNull();
	});
	it('does not reorder the list it is given', () => {
		const copy = [...errors];
		firstBadFile(errors);
		expect(errors).toEqual(copy);
	});
});

describe('contentErrorReport', () => {
	it('says how many errors the bad file has, one per line, linked, and which other files have errors', () => {
		const report = contentErrorReport([
			{ file: 'b.yaml', line: 4, column: 3, field: 'kind', message: 'unknown step kind' },
			{ file: 'a.yaml', line: 1, message: 'x' },
			{ file: 'b.yaml', line: 2, message: 'missing: id' }
		]);
		expect(report).toBe(
			[
				'treaty-map: b.yaml has 2 errors:',
				'  b.yaml:2: missing: id',
				'  b.yaml:4:3: field "kind": unknown step kind',
				'  (1 more file has errors: a.yaml)'
			].join('\n')
		);
	});
	it('speaks of one error in the singular, and leaves the others out when there are none', () => {
		expect(contentErrorReport([{ file: 'a.yaml', line: 1, message: 'x' }])).toBe('treaty-map: a.yaml has 1 error:\n  a.yaml:1: x');
		expect(
			contentErrorReport([
				{ file: 'a', message: 'x' },
				{ file: 'b', message: 'y' },
				{ file: 'c', message: 'z' }
			])
		).toMatch(/\(2 more files have errors: b, c\)$/);
	});
	it('is nothing when nothing is wrong', () => {
		expect(contentErrorReport([])).toBeNull();
	});
});

describe('editDistance', () => {
	it('counts the letters to insert, delete or change', () => {
		expect(editDistance('harbour', 'harbour')).toBe(0);
		expect(editDistance('harbor', 'harbour')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abc', '')).toBe(3);
	});
});

describe('closest', () => {
	const ids = ['big-isle', 'tern-rock', 'harbour', 'town'];

	it('finds the id a typo probably means, whatever its case', () => {
		expect(closest('big-ilse', ids)).toBe('big-isle');
		expect(closest('harbor', ids)).toBe('harbour');
		expect(closest('Harbour', ids)).toBe('harbour');
		expect(closest('tern-rok', ids)).toBe('tern-rock');
	});
	it('suggests nothing when no candidate is close (more than a third of the letters different)', () => {
		expect(closest('lighthouse', ids)).toBeUndefined();
		expect(closest('x', [])).toBeUndefined();
		expect(closest('abcdef', ['uvwxyz'])).toBeUndefined();
	});
	it('allows one letter off even in a short word', () => {
		expect(closest('tow', ids)).toBe('town');
		expect(closest('ab', ['xy'])).toBeUndefined();
	});
	it('takes the nearest of several, the first of equals', () => {
		expect(closest('cat', ['cut', 'cast', 'cat'])).toBe('cat');
		expect(closest('cot', ['cut', 'cat'])).toBe('cut');
	});
	it('takes any iterable', () => {
		expect(closest('harbor', new Set(ids))).toBe('harbour');
	});
});

describe('didYouMean', () => {
	it('adds a suggestion only when one is close', () => {
		expect(didYouMean('harbor', ['harbour', 'town'])).toBe(' (did you mean "harbour"?)');
		expect(didYouMean('lighthouse', ['harbour', 'town'])).toBe('');
	});
});
