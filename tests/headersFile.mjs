// Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and answers which headers a path gets, so
// the browser tests can serve build/ the way those hosts do (tests/appServer.mjs). Plain JavaScript: Node runs the
// server without a build step.
// Format: a line starting without indentation is a URL pattern (`/embed/*`, `/step/:id/`); the indented `Name: value`
// lines below it are its headers; `#` starts a comment line. `*` matches anything (slashes too), `:name` one segment.

/**
 * @typedef {{ pattern: string, line: number, headers: [string, string][] }} HeaderRule
 * @typedef {{ line: number, message: string }} HeaderProblem
 */

/**
 * Parses the file's text into rules, in file order, and lists what it could not read (a header line before any
 * pattern, a line that is neither): a rule file with a typo would silently drop a header a host must send.
 * @param {string} text
 * @returns {{ rules: HeaderRule[], problems: HeaderProblem[] }}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	/** @type {HeaderProblem[]} */
	const problems = [];
	/** @type {HeaderRule | null} */
	let current = null;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		if (!raw.trim() || raw.trim().startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			current = { pattern: raw.trim(), line, headers: [] };
			rules.push(current);
			return;
		}
		const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(raw);
		const [name, value] = m ? [m[1] ?? '', m[2] ?? ''] : ['', ''];
		if (!current) problems.push({ line, message: 'a header before any path pattern' });
		else if (!name || !value) problems.push({ line, message: `not a "Name: value" header: ${JSON.stringify(raw.trim())}` });
		else current.headers.push([name, value]);
	});
	return { rules, problems };
}

/**
 * Whether `pathname` matches a rule's pattern: `*` matches any run of characters (slashes included), `:name` one
 * path segment, anything else itself.
 * @param {string} pattern
 * @param {string} pathname
 */
export function matchesPattern(pattern, pathname) {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host that reads the file sends for `pathname`, as Cloudflare Pages combines them: every matching
 * rule applies, and a header named by several is sent once with their values joined by ", " (the reason the project's
 * file names each header in only one rule per path).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>} lower-case header names to values
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const rule of rules) {
		if (!matchesPattern(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const before = out.get(key);
			out.set(key, before ? `${before}, ${value}` : value);
		}
	}
	return out;
}
