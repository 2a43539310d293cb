import { describe, expect, it } from 'vitest';
import { readStepMarkdown, readStoryMarkdown, splitFrontMatter, STEP_SECTIONS } from './markdownFile';

const FILE = 'content/stories/s/en/steps/harbour.md';

/** A step file with every section, each line numbered in the comments of the tests below. */
const STEP = [
	'# The harbour of {big-isle}', //          1
	'', //                                     2
	'## Opinion', //                           3
	'', //                                     4
	'Ann Author thinks the harbour matters', // 5
	'more than anyone says.', //               6
	'', //                                     7
	'A second paragraph of opinion.', //       8
	'', //                                     9
	'## Quotes', //                            10
	'', //                                     11
	'- distrust', //                           12
	'- ours', //                               13
	'', //                                     14
	'## Facts', //                             15
	'', //                                     16
	'<!-- a note for the desk, not shown -->', // 17
	'', //                                     18
	'{Harbour} lies on {big-isle}.', //        19
	'', //                                     20
	'## Map', //                               21
	'', //                                     22
	'A dot marks {harbour}.', //               23
	'', //                                     24
	'## Sources', //                           25
	'', //                                     26
	'- atlas: The harbour’s position', //      27
	'- article: The author’s view: it matters', // 28
	''
].join('\n');

function good(source: string) {
	const { located, errors } = readStepMarkdown(FILE, source, 'harbour');
	expect(errors).toEqual([]);
	return located!;
}

function errorsOf(source: string) {
	const { errors } = readStepMarkdown(FILE, source, 'harbour');
	expect(errors.length).toBeGreaterThan(0);
	return errors;
}

describe('readStepMarkdown', () => {
	it('reads the title and every section as plain prose, a paragraph’s lines joined', () => {
		expect(good(STEP).data).toEqual({
			title: 'The harbour of {big-isle}',
			opinion: ['Ann Author thinks the harbour matters more than anyone says.', 'A second paragraph of opinion.'],
			quotes: ['distrust', 'ours'],
			facts: ['{Harbour} lies on {big-isle}.'],
			map: 'A dot marks {harbour}.',
			sources: { atlas: 'The harbour’s position', article: 'The author’s view: it matters' }
		});
		expect(STEP_SECTIONS).toEqual(['Opinion', 'Quotes', 'Facts', 'Map', 'Sources']);
	});

	it('says where each piece was written', () => {
		const step = good(STEP);
		expect(step.file).toBe(FILE);
		expect(step.at(['title'])).toEqual({ line: 1, column: 1 });
		expect(step.at(['opinion', 0])).toEqual({ line: 5, column: 1 });
		expect(step.at(['opinion', 1])).toEqual({ line: 8, column: 1 });
		expect(step.at(['quotes', 1])).toEqual({ line: 13, column: 1 });
		expect(step.at(['facts', 0])).toEqual({ line: 19, column: 1 });
		expect(step.at(['map'])).toEqual({ line: 23, column: 1 });
		expect(step.at(['sources', 'article'])).toEqual({ line: 28, column: 1 });
	});

	it('falls back to the section, then the title, for a place it has no position for', () => {
		const step = good(STEP);
		expect(step.at(['opinion', 7])).toEqual({ line: 3, column: 1 });
		expect(step.at(['sources', 'nowhere'])).toEqual({ line: 25, column: 1 });
		expect(step.at(['unknown'])).toEqual({ line: 1, column: 1 });
	});

	it('takes sections in any case, and a step with only some of them', () => {
		expect(good('# T\n\n## facts\n\nA fact.\n\n## MAP\n\nA map.\n').data).toEqual({ title: 'T', facts: ['A fact.'], map: 'A map.' });
	});

	it.each([
		['emphasis', 'A *bold* claim.', /Markdown emphasis/],
		['emphasis with underscores', 'A _quiet_ claim.', /Markdown emphasis/],
		['bold', 'A **bold** claim.', /Markdown bold/],
		['a link', 'See [the atlas](https://atlas.example.org).', /links are not shown.*## Sources/],
		['code', 'Run `this`.', /code .* is not shown/],
		['HTML', 'A <b>tag</b>.', /HTML is not shown/],
		['a hard line break', 'One line  \nand another.', /hard line break/]
	])('refuses %s in the text, where it is, keeping the words', (_, paragraph, message) => {
		const { located, errors } = readStepMarkdown(FILE, `# T\n\n## Facts\n\n${paragraph}\n\n## Map\n\nM.\n`, 'harbour');
		// One error for each piece of markup (an HTML tag that opens and closes is two).
		expect(errors.length).toBe(paragraph.includes('</') ? 2 : 1);
		for (const e of errors) {
			expect(e).toMatchObject({ file: FILE, field: 'facts' });
			expect([5, 6]).toContain(e.line);
			expect(e.message).toMatch(message);
		}
		expect(errors[0]!.column).toBeGreaterThan(1);
		expect(located!.data.facts![0]).toMatch(/^(A|See|Run|One)/);
	});

	it('names the step in every error of its file, markup in the text included', () => {
		const errors = errorsOf('# A *T*\n\n## Facts\n\nA [link](https://x.org).\n\n## Extra\n');
		expect(errors).toHaveLength(3);
		for (const e of errors) expect(e, e.message).toMatchObject({ file: FILE, step: 'harbour' });
	});

	it('refuses an unknown section, naming the ones a step has', () => {
		const [e] = errorsOf('# T\n\n## Background\n\nText.\n');
		expect(e).toMatchObject({ file: FILE, line: 3, column: 1, step: 'harbour' });
		expect(e!.message).toBe('unknown section "## Background" (a step has "## Opinion", "## Quotes", "## Facts", "## Map", "## Sources")');
	});

	it('refuses a section given twice, or out of order', () => {
		expect(errorsOf('# T\n\n## Facts\n\nA.\n\n## Facts\n\nB.\n')[0]).toMatchObject({ line: 7, message: '"## Facts" appears twice' });
		expect(errorsOf('# T\n\n## Map\n\nM.\n\n## Facts\n\nF.\n')[0]).toMatchObject({ line: 7, message: '"## Facts" must come before "## Map"' });
	});

	it('wants the title first, once, and says so when it is missing', () => {
		expect(errorsOf('## Facts\n\nF.\n\n# T\n')[0]).toMatchObject({ line: 5, field: 'title', message: 'the title ("# ...") comes first, before any section' });
		expect(errorsOf('# T\n\n# U\n')[0]).toMatchObject({ line: 3, field: 'title', message: 'a step has one title (one "# " heading)' });
		expect(errorsOf('## Facts\n\nF.\n')).toContainEqual({ file: FILE, line: 1, column: 1, step: 'harbour', field: 'title', message: 'missing: the step starts with its title, "# Title"' });
	});

	it('refuses text before the first section and deeper headings, but not a comment for the desk', () => {
		expect(errorsOf('# T\n\nStray text.\n')[0]!.message).toMatch(/^text before the first section/);
		expect(errorsOf('Stray text.\n\n# T\n')[0]!.message).toBe('the step starts with its title: "# Title"');
		expect(errorsOf('# T\n\n## Facts\n\n### Detail\n')[0]!.message).toMatch(/^headings other than/);
		expect(good('<!-- draft -->\n\n# T\n\n<!-- before -->\n\n## Facts\n\nF.\n').data.facts).toEqual(['F.']);
	});

	it('wants paragraphs in the prose sections and one paragraph in the map’s', () => {
		expect(errorsOf('# T\n\n## Facts\n\n- a list\n')[0]).toMatchObject({ field: 'facts', message: '"## Facts" holds paragraphs of plain text (found a list)' });
		expect(errorsOf('# T\n\n## Opinion\n\n> quoted\n')[0]!.message).toMatch(/found a block quote \(quotes are listed by key under "## Quotes"\)/);
		expect(errorsOf('# T\n\n## Map\n\nOne.\n\nTwo.\n')[0]).toMatchObject({ line: 7, field: 'map', message: '"## Map" is one paragraph: what the map shows, in plain words' });
	});

	it('wants lists in Quotes and Sources, one line per item, each source as "key: what it supports"', () => {
		expect(errorsOf('# T\n\n## Quotes\n\ndistrust\n')[0]).toMatchObject({ field: 'quotes', message: '"## Quotes" is a list ("- ..." lines), found paragraph' });
		expect(errorsOf('# T\n\n## Sources\n\n- atlas\n')[0]).toMatchObject({ line: 5, field: 'sources' });
		expect(errorsOf('# T\n\n## Sources\n\n- atlas\n')[0]!.message).toMatch(/^write each source as "- key: what it supports here".*\(found "atlas"\)$/);
		expect(errorsOf('# T\n\n## Sources\n\n- atlas: one\n- atlas: two\n')[0]).toMatchObject({ line: 6, field: 'sources.atlas', message: 'source "atlas" is listed twice' });
		expect(errorsOf('# T\n\n## Quotes\n\n- one\n\n  two\n')[0]).toMatchObject({ field: 'quotes', message: 'each "## Quotes" item is one line' });
	});

	it('reports every problem of the file together', () => {
		const errors = errorsOf('# T\n\n## Facts\n\nA *b* c.\n\n## Extra\n\n## Map\n\nOne.\n\nTwo.\n');
		expect(errors.map((e) => e.line)).toEqual([5, 7, 13]);
	});
});

describe('splitFrontMatter', () => {
	it('splits the front matter from the body, keeping the body’s line numbers', () => {
		expect(splitFrontMatter('---\ntitle: T\nbyline: B\n---\n\nThe dek.\n')).toEqual({ frontMatter: 'title: T\nbyline: B', frontMatterLine: 2, body: '\nThe dek.\n', bodyLine: 5 });
	});
	it('reads Windows line ends and a file that ends with the front matter', () => {
		expect(splitFrontMatter('---\r\ntitle: T\r\n---\r\nDek')).toMatchObject({ frontMatter: 'title: T', body: 'Dek', bodyLine: 4 });
		expect(splitFrontMatter('---\ntitle: T\n---')).toMatchObject({ frontMatter: 'title: T', body: '' });
	});
	it('finds none where the file does not open with it', () => {
		expect(splitFrontMatter('title: T\n---\n')).toEqual({ frontMatter: null, frontMatterLine: 1, body: 'title: T\n---\n', bodyLine: 1 });
	});
});

describe('readStoryMarkdown', () => {
	const STORY_FILE = 'content/stories/s/en/story.md';
	const STORY = ['---', 'title: Two isles, two names', 'byline: A test story', '---', '', 'A small story for tests:', 'two islands, two names.', ''].join('\n');

	it('reads the front matter with its positions, and the dek as one line of prose', () => {
		const { front, dek, dekAt, errors } = readStoryMarkdown(STORY_FILE, STORY);
		expect(errors).toEqual([]);
		expect(front!.data).toEqual({ title: 'Two isles, two names', byline: 'A test story' });
		expect(front!.at(['byline'])).toEqual({ line: 3, column: 9 });
		expect(dek).toBe('A small story for tests: two islands, two names.');
		expect(dekAt).toEqual({ line: 6, column: 1 });
	});

	it('keeps a comment out of the dek', () => {
		const { dek, errors } = readStoryMarkdown(STORY_FILE, STORY.replace('\n\nA small', '\n\n<!-- for the desk -->\n\nA small'));
		expect(errors).toEqual([]);
		expect(dek).toBe('A small story for tests: two islands, two names.');
	});

	it('wants front matter first', () => {
		expect(readStoryMarkdown(STORY_FILE, 'Just a dek.\n')).toEqual({
			errors: [{ file: STORY_FILE, line: 1, column: 1, message: 'missing: the file starts with its front matter between two "---" lines (title, byline, ...)' }]
		});
	});

	it('reports bad YAML in the front matter at its line in the file', () => {
		const { front, errors } = readStoryMarkdown(STORY_FILE, STORY.replace('byline: A test story', 'byline: A test: story'));
		expect(front).toBeUndefined();
		expect(errors[0]).toMatchObject({ file: STORY_FILE, line: 3 });
		expect(errors[0]!.message).toMatch(/put the whole text in double quotes/);
	});

	it('wants the dek, as one paragraph of plain text, at its line', () => {
		expect(readStoryMarkdown(STORY_FILE, '---\ntitle: T\n---\n').errors).toEqual([
			{ file: STORY_FILE, line: 4, column: 1, field: 'dek', message: 'missing: after the front matter, one paragraph: the dek (the story’s summary)' }
		]);
		expect(readStoryMarkdown(STORY_FILE, `${STORY}\nA second paragraph.\n`).errors).toEqual([{ file: STORY_FILE, line: 9, column: 1, field: 'dek', message: 'the dek is one paragraph' }]);
		const heading = readStoryMarkdown(STORY_FILE, `${STORY}\n## A heading\n`).errors;
		expect(heading).toEqual([{ file: STORY_FILE, line: 9, column: 1, field: 'dek', message: 'the dek is one paragraph of plain text (found heading)' }]);
		const emphasis = readStoryMarkdown(STORY_FILE, STORY.replace('two islands', '*two* islands')).errors;
		expect(emphasis).toEqual([{ file: STORY_FILE, line: 7, column: 1, field: 'dek', message: 'Markdown emphasis (*text* or _text_) is not shown: write plain text' }]);
	});
});
