// A problem in a story folder, as a value: the file, where in it (line and column, 1-based), the step and the field
// it concerns, and what was expected. Collected, never thrown; formatted the way editors and terminals link them.

export interface ContentError {
	/** Relative to the working directory where possible, e.g. "content/stories/<story>/en/steps/<step>.md". */
	file: string;
	line?: number;
	column?: number;
	/** The step the problem is in, when it is in one. */
	step?: string;
	/** The map feature (a GeoJSON feature's id) the problem is in, when it is in one. */
	feature?: string;
	/** Where in the file's data, e.g. `steps[3].camera.fit[0]`, `facts[1]`. */
	field?: string;
	message: string;
}

/** `file:line:column: step "id": field "x": message`, the shape editors and terminals turn into links. */
export function formatContentError(e: ContentError): string {
	const at = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
	return [at, e.step && `step "${e.step}"`, e.feature && `feature "${e.feature}"`, e.field && `field "${e.field}"`, e.message].filter(Boolean).join(': ');
}

/** `steps[3].camera.fit[0]` from a path of keys and indexes. */
export function formatPath(path: readonly (string | number)[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/**
 * What a build reports: every problem of the first file (in the folder's reading order) that has any, and the names of
 * the others. A journalist fixes one file at a time; its errors come together.
 */
export function firstBadFile(errors: readonly ContentError[]): { file: string; errors: ContentError[]; others: string[] } | null {
	const first = errors[0];
	if (!first) return null;
	const files = [...new Set(errors.map((e) => e.file))];
	const sorted = errors.filter((e) => e.file === first.file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
	return { file: first.file, errors: sorted, others: files.slice(1) };
}

/** The message a failed build prints: the bad file's errors, one per line, and the other files with errors. */
export function contentErrorReport(errors: readonly ContentError[]): string | null {
	const bad = firstBadFile(errors);
	if (!bad) return null;
	const n = bad.errors.length;
	const lines = [`treaty-map: ${bad.file} has ${n} ${n === 1 ? 'error' : 'errors'}:`, ...bad.errors.map((e) => `  ${formatContentError(e)}`)];
	if (bad.others.length) lines.push(`  (${bad.others.length} more ${bad.others.length === 1 ? 'file has' : 'files have'} errors: ${bad.others.join(', ')})`);
	return lines.join('\n');
}

/** The closest of `candidates` to `word` (at most a third of its letters different), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
	for (const c of candidates) {
		const d = editDistance(word.toLowerCase(), c.toLowerCase());
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length]!;
}

/** " (did you mean "x"?)" when one of the known values is close, else "". */
export function didYouMean(word: string, known: Iterable<string>): string {
	const c = closest(word, known);
	return c ? ` (did you mean "${c}"?)` : '';
}
