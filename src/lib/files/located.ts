// A YAML file read with positions (the `yaml` package's LineCounter), so every problem found in its data, by the
// schema or by a cross-check, can say the line and column where the journalist typed the value.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import * as v from 'valibot';
import { formatPath, type ContentError } from './contentError';

export interface Pos {
	line: number;
	column: number;
}

/** A parsed file: its data, and where any value in it came from. */
export interface Located<T = unknown> {
	file: string;
	data: T;
	/** Where the value at `path` is written (or the nearest enclosing value that exists: a missing field's mapping). */
	at(path: readonly (string | number)[]): Pos | undefined;
	/** Where the key of the field at `path` is written, when it is a mapping's key (for "unknown field"). */
	keyAt?(path: readonly (string | number)[]): Pos | undefined;
}

/** Parses YAML text as one document; a syntax error comes back as errors with positions, never thrown. */
export function readYaml(file: string, source: string, lineOffset = 0): { located?: Located; errors: ContentError[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
	const pos = (offset: number): Pos => {
		const p = lineCounter.linePos(offset);
		return { line: p.line + lineOffset, column: p.col };
	};
	if (doc.errors.length > 0) {
		return {
			errors: doc.errors.map((e) => ({ file, ...pos(e.pos[0]), message: yamlMessage(e.code, e.message) }))
		};
	}
	const data: unknown = doc.toJS({ maxAliasCount: 100 });
	return { located: { file, data, at: (path) => nodePos(doc, path, pos, false), keyAt: (path) => nodePos(doc, path, pos, true) }, errors: [] };
}

/** The YAML library's message, with the hint a journalist needs most often (a colon in unquoted text). */
function yamlMessage(code: string, message: string): string {
	const first = message.split('\n')[0] ?? message;
	const plain = first.replace(/ at line \d+, column \d+:?$/, '');
	if (code === 'BLOCK_AS_IMPLICIT_KEY' || /Nested mappings are not allowed in compact mappings/.test(first) || code === 'MULTILINE_IMPLICIT_KEY')
		return `YAML: ${plain}. If a text contains ": " (a colon and a space), put the whole text in double quotes`;
	if (code === 'DUPLICATE_KEY') return `YAML: ${plain} (each key may appear once)`;
	if (code === 'TAB_AS_INDENT') return `YAML: ${plain}. Indent with spaces, not tabs`;
	return `YAML: ${plain}`;
}

function nodePos(doc: Document, path: readonly (string | number)[], pos: (offset: number) => Pos, wantKey: boolean): Pos | undefined {
	let node: unknown = doc.contents;
	let found: Pos | undefined = rangeStart(node, pos);
	for (let i = 0; i < path.length; i++) {
		const k = path[i]!;
		const last = i === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) == k);
			if (!pair) return found;
			if (last && wantKey) return rangeStart(pair.key, pos) ?? found;
			node = pair.value;
			found = rangeStart(node, pos) ?? rangeStart(pair.key, pos) ?? found;
		} else if (isSeq(node) && typeof k === 'number') {
			const item = node.items[k];
			if (item === undefined) return found;
			node = item;
			found = rangeStart(node, pos) ?? found;
		} else return found;
	}
	return found;
}

function rangeStart(node: unknown, pos: (offset: number) => Pos): Pos | undefined {
	const range = (node as Node | null)?.range;
	return range ? pos(range[0]) : undefined;
}

/** A valibot issue's path as keys and indexes. */
function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((p) => p.key as string | number);
}

/** A schema message, saying plainly when a value is missing. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.input === undefined && issue.kind === 'schema' && issue.path?.length) return `missing: ${issue.message.replace(/, got undefined$/, '')}`;
	return issue.message;
}

/**
 * Checks a located file against a schema. Every problem is an error at the value's position; `stepOf` names the step
 * a path is in, where the file holds steps.
 */
export function checkSchema<S extends v.GenericSchema>(
	located: Located,
	schema: S,
	stepOf?: (path: (string | number)[]) => string | undefined
): { output?: v.InferOutput<S>; errors: ContentError[] } {
	const result = v.safeParse(schema, located.data, { abortPipeEarly: true });
	if (result.success) return { output: result.output, errors: [] };
	const errors: ContentError[] = result.issues.map((issue) => {
		const path = issuePath(issue);
		const unknownField = issue.type === 'strict_object' && issue.expected === 'never';
		const where = (unknownField ? located.keyAt?.(path) : undefined) ?? located.at(path);
		const step = stepOf?.(path);
		return { file: located.file, ...where, ...(step ? { step } : {}), ...(path.length ? { field: formatPath(path) } : {}), message: issueMessage(issue) };
	});
	return { errors };
}
