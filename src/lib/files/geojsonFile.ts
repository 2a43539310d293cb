// A GeoJSON file read for validation: parsed as JSON (fast), with positions worked out only when a problem needs one
// (JSON is YAML, so the YAML reader's positions serve). A syntax error names its line and column.
import type { ContentError } from './contentError';
import { readYaml, type Located, type Pos } from './located';

export function readGeoJson(file: string, source: string): { located?: Located; errors: ContentError[] } {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (e) {
		const message = (e as Error).message;
		const at = /position (\d+)/.exec(message);
		const pos = at ? positionAt(source, Number(at[1])) : undefined;
		return {
			errors: [{ file, ...pos, message: `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')})` }]
		};
	}
	let lazy: Located | undefined;
	const positioned = (): Located | undefined => (lazy ??= readYaml(file, source).located);
	return {
		located: {
			file,
			data,
			at: (path) => positioned()?.at(path),
			keyAt: (path) => positioned()?.keyAt?.(path)
		},
		errors: []
	};
}

/** Line and column (1-based) of a character offset. */
function positionAt(text: string, offset: number): Pos {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}
