// The Markdown files of a language folder: a step (<lang>/steps/<id>.md) and the story's own page (<lang>/story.md),
// read with a CommonMark parser (mdast-util-from-markdown) that keeps every paragraph's line and column. The text is
// plain prose: Markdown's emphasis, links, code and HTML are refused with a message rather than shown as symbols.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Content, Heading, List, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContentError } from '../../files/contentError';
import { readYaml, type Located, type Pos } from '../../files/located';

/** The sections a step may have, in this order; Map is required, and one of Opinion and Facts. */
export const STEP_SECTIONS = ['Opinion', 'Quotes', 'Facts', 'Map', 'Sources'] as const;
type Section = (typeof STEP_SECTIONS)[number];

/** A step's words as written, before any check across files. */
export interface StepWords {
	title: string;
	opinion?: string[];
	/** Keys of quotes.yaml, shown as block quotes. */
	quotes?: string[];
	facts?: string[];
	map?: string;
	/** What each source supports in this step, by source key, in the order written. */
	sources?: Record<string, string>;
}

/** A parsed step file: its words, and where each of them was written (`opinion[1]`, `sources.article`...). */
export type LocatedStep = Located<StepWords>;

const INLINE_PROBLEMS: Partial<Record<PhrasingContent['type'], string>> = {
	emphasis: 'Markdown emphasis (*text* or _text_) is not shown: write plain text',
	strong: 'Markdown bold (**text**) is not shown: write plain text',
	link: 'links are not shown in the text: list the source under "## Sources" instead',
	linkReference: 'Markdown link syntax ([text]) is not shown: write plain text, and list sources under "## Sources"',
	image: 'images are not shown in the text',
	inlineCode: 'code (`text`) is not shown: write plain text',
	html: 'HTML is not shown: write plain text',
	break: 'a hard line break is not shown: start a new paragraph with an empty line instead',
	footnoteReference: 'footnotes are not shown: list the source under "## Sources" instead'
};

function posOf(node: { position?: { start: { line: number; column: number } } } | undefined, lineOffset: number): Pos | undefined {
	return node?.position ? { line: node.position.start.line + lineOffset, column: node.position.start.column } : undefined;
}

/** A paragraph's (or heading's) text as one line of plain prose; anything but plain text is an error. */
function plainText(node: Paragraph | Heading, file: string, lineOffset: number, errors: ContentError[], field: string, step?: string): string {
	let out = '';
	for (const child of node.children) {
		if (child.type === 'text') out += child.value;
		else {
			const message = INLINE_PROBLEMS[child.type] ?? `Markdown ${child.type} is not shown: write plain text`;
			errors.push({ file, ...posOf(child, lineOffset), ...(step ? { step } : {}), field, message });
			if ('value' in child && typeof child.value === 'string') out += child.value;
		}
	}
	return out.replace(/\s*\n\s*/g, ' ').trim();
}

function parse(source: string): Root {
	return fromMarkdown(source);
}

/** Reads a step's Markdown: `# Title`, then `## Opinion`, `## Quotes`, `## Facts`, `## Map`, `## Sources`. */
export function readStepMarkdown(file: string, source: string, step: string): { located?: LocatedStep; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const err = (node: Content | undefined, field: string | undefined, message: string): void => {
		errors.push({ file, ...posOf(node, 0), step, ...(field ? { field } : {}), message });
	};
	const root = parse(source);
	const positions = new Map<string, Pos>();
	const words: StepWords = { title: '' };
	let section: Section | null = null;
	const seen = new Set<Section>();
	let titleSeen = false;

	for (const node of root.children) {
		if (node.type === 'heading' && node.depth === 1) {
			if (titleSeen) err(node, 'title', 'a step has one title (one "# " heading)');
			else if (section) err(node, 'title', 'the title ("# ...") comes first, before any section');
			titleSeen = true;
			words.title = plainText(node, file, 0, errors, 'title', step);
			positions.set('title', posOf(node, 0)!);
			continue;
		}
		if (node.type === 'heading' && node.depth === 2) {
			const name = plainText(node, file, 0, errors, 'section', step);
			const known = STEP_SECTIONS.find((s) => s.toLowerCase() === name.toLowerCase());
			if (!known) {
				err(node, undefined, `unknown section "## ${name}" (a step has ${STEP_SECTIONS.map((s) => `"## ${s}"`).join(', ')})`);
				section = null;
				continue;
			}
			if (seen.has(known)) err(node, undefined, `"## ${known}" appears twice`);
			else if ([...seen].some((s) => STEP_SECTIONS.indexOf(s) > STEP_SECTIONS.indexOf(known)))
				err(node, undefined, `"## ${known}" must come before ${[...seen].filter((s) => STEP_SECTIONS.indexOf(s) > STEP_SECTIONS.indexOf(known)).map((s) => `"## ${s}"`).join(' and ')}`);
			seen.add(known);
			section = known;
			positions.set(known.toLowerCase(), posOf(node, 0)!);
			continue;
		}
		if (node.type === 'heading') {
			err(node, undefined, 'headings other than "# Title" and "## Section" are not shown');
			continue;
		}
		if (!section) {
			if (node.type !== 'html' || !/^<!--[\s\S]*-->$/.test(node.value.trim()))
				err(node, undefined, titleSeen ? 'text before the first section: start one with "## Opinion", "## Facts" or another section' : 'the step starts with its title: "# Title"');
			continue;
		}
		if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue; // a comment for the desk
		readSection(section, node, words, positions, file, errors, err, step);
	}
	if (!titleSeen) errors.push({ file, line: 1, column: 1, step, field: 'title', message: 'missing: the step starts with its title, "# Title"' });
	return {
		located: {
			file,
			data: words,
			at: (path) => positions.get(pathKey(path)) ?? positions.get(String(path[0])) ?? positions.get('title') ?? { line: 1, column: 1 }
		},
		errors
	};
}

function pathKey(path: readonly (string | number)[]): string {
	return path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[');
}

function readSection(
	section: Section,
	node: Content,
	words: StepWords,
	positions: Map<string, Pos>,
	file: string,
	errors: ContentError[],
	err: (node: Content | undefined, field: string | undefined, message: string) => void,
	step: string
): void {
	const field = section.toLowerCase();
	if (section === 'Opinion' || section === 'Facts' || section === 'Map') {
		if (node.type !== 'paragraph') return err(node, field, `"## ${section}" holds paragraphs of plain text (found ${describe(node)})`);
		const text = plainText(node, file, 0, errors, field, step);
		if (section === 'Map') {
			if (words.map !== undefined) return err(node, 'map', '"## Map" is one paragraph: what the map shows, in plain words');
			words.map = text;
			positions.set('map', posOf(node, 0)!);
			return;
		}
		const list = section === 'Opinion' ? (words.opinion ??= []) : (words.facts ??= []);
		positions.set(`${field}[${list.length}]`, posOf(node, 0)!);
		list.push(text);
		return;
	}
	if (node.type !== 'list') return err(node, field, `"## ${section}" is a list ("- ..." lines), found ${describe(node)}`);
	for (const item of (node as List).children) {
		const para = item.children[0];
		if (!para || para.type !== 'paragraph' || item.children.length > 1) {
			err(item, field, `each "## ${section}" item is one line`);
			continue;
		}
		const line = plainText(para, file, 0, errors, field, step);
		if (section === 'Quotes') {
			const list = (words.quotes ??= []);
			positions.set(`quotes[${list.length}]`, posOf(item, 0)!);
			list.push(line);
		} else {
			const m = /^([^:\s]+):\s+(.+)$/.exec(line);
			if (!m) {
				err(item, 'sources', `write each source as "- key: what it supports here", e.g. "- britannica: the island’s area" (found "${line}")`);
				continue;
			}
			const sources = (words.sources ??= {});
			if (m[1]! in sources) err(item, `sources.${m[1]}`, `source "${m[1]}" is listed twice`);
			sources[m[1]!] = m[2]!;
			positions.set(`sources.${m[1]}`, posOf(item, 0)!);
		}
	}
}

function describe(node: Content): string {
	switch (node.type) {
		case 'list':
			return 'a list';
		case 'blockquote':
			return 'a block quote (quotes are listed by key under "## Quotes")';
		case 'code':
			return 'a code block';
		case 'thematicBreak':
			return 'a horizontal rule';
		case 'table':
			return 'a table';
		default:
			return node.type;
	}
}

/** Splits `---` front matter from a Markdown file; the body's lines keep their numbers. */
export function splitFrontMatter(source: string): { frontMatter: string | null; frontMatterLine: number; body: string; bodyLine: number } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!m) return { frontMatter: null, frontMatterLine: 1, body: source, bodyLine: 1 };
	const linesBefore = m[0].split('\n').length - 1;
	return { frontMatter: m[1]!, frontMatterLine: 2, body: source.slice(m[0].length), bodyLine: linesBefore + 1 };
}

/** The story's own page (<lang>/story.md): front matter (title, byline and the story's words), then the dek as its body. */
export function readStoryMarkdown(file: string, source: string): { front?: Located; dek?: string; dekAt?: Pos; errors: ContentError[] } {
	const { frontMatter, frontMatterLine, body, bodyLine } = splitFrontMatter(source);
	if (frontMatter === null) return { errors: [{ file, line: 1, column: 1, message: 'missing: the file starts with its front matter between two "---" lines (title, byline, ...)' }] };
	const { located, errors } = readYaml(file, frontMatter, frontMatterLine - 1);
	const root = parse(body);
	const offset = bodyLine - 1;
	const paragraphs = root.children.filter((n) => !(n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim())));
	for (const n of paragraphs) if (n.type !== 'paragraph') errors.push({ file, ...posOf(n, offset), field: 'dek', message: `the dek is one paragraph of plain text (found ${describe(n)})` });
	const dekNodes = paragraphs.filter((n): n is Paragraph => n.type === 'paragraph');
	if (dekNodes.length === 0) errors.push({ file, line: bodyLine, column: 1, field: 'dek', message: 'missing: after the front matter, one paragraph: the dek (the story’s summary)' });
	if (dekNodes.length > 1) errors.push({ file, ...posOf(dekNodes[1], offset), field: 'dek', message: 'the dek is one paragraph' });
	const dekNode = dekNodes[0];
	const dek = dekNode ? plainText(dekNode, file, offset, errors, 'dek') : undefined;
	return { ...(located ? { front: located } : {}), ...(dek !== undefined ? { dek, dekAt: posOf(dekNode, offset) } : {}), errors };
}
