// The `_headers` reader the test server uses, and the project's own headers file read with it: what each kind of path
// gets, and that no header is named by two rules for one path (Cloudflare Pages would join them, Netlify keep one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from './headersFile.mjs';

describe('parseHeadersFile', () => {
	it('reads patterns and their indented headers, skipping comments and blank lines', () => {
		const { rules, problems } = parseHeadersFile('# c\n/*\n  X-A: 1\n\n/embed/*\n  X-B: two words\n  X-C:3\n');
		expect(problems).toEqual([]);
		expect(rules).toEqual([
			{ pattern: '/*', line: 2, headers: [['X-A', '1']] },
			{
				pattern: '/embed/*',
				line: 5,
				headers: [
					['X-B', 'two words'],
					['X-C', '3']
				]
			}
		]);
	});

	it('names the line of anything it cannot read', () => {
		expect(parseHeadersFile('  X-A: 1\n/x\n  not a header\n  X-B:\n').problems).toEqual([
			{ line: 1, message: 'a header before any path pattern' },
			{ line: 3, message: 'not a "Name: value" header: "not a header"' },
			{ line: 4, message: 'not a "Name: value" header: "X-B:"' }
		]);
	});
});

describe('matchesPattern and headersFor', () => {
	it.each([
		['/*', '/', true],
		['/*', '/a/b.js', true],
		['/embed/*', '/embed/', true],
		['/embed/*', '/embed/nagato/', true],
		['/embed/*', '/embed', false],
		['/embed', '/embed/', false],
		['/step/:id/', '/step/nagato/', true],
		['/step/:id/', '/step/a/b/', false],
		['/a.b', '/aXb', false]
	])('%s matches %s: %s', (pattern, path, expected) => {
		expect(matchesPattern(pattern, path)).toBe(expected);
	});

	it('joins the values of a header several rules name, as Cloudflare Pages does', () => {
		const { rules } = parseHeadersFile('/*\n  X-A: 1\n/b/*\n  X-A: 2\n  X-B: 3\n');
		expect(Object.fromEntries(headersFor(rules, '/b/c'))).toEqual({ 'x-a': '1, 2', 'x-b': '3' });
		expect(Object.fromEntries(headersFor(rules, '/c'))).toEqual({ 'x-a': '1' });
	});
});

describe('static/_headers', () => {
	const { rules, problems } = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
	const paths = [
		'/',
		'/index.html',
		'/step/nagato/',
		'/embed',
		'/embed/',
		'/embed/nagato/',
		'/ja/embed/',
		'/ja/embed/nagato/',
		'/ja/',
		'/ja/step/nagato/',
		'/embed.js',
		'/_app/immutable/entry/start.js',
		'/_app/version.json',
		'/oembed/nagato.json'
	];

	it('reads without a problem, and names each header in one rule per path', () => {
		expect(problems).toEqual([]);
		for (const path of paths) {
			const names = rules.filter((r) => matchesPattern(r.pattern, path)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
			expect(names, path).toEqual([...new Set(names)]);
		}
	});

	it('lets any site frame the embed pages, and only the site itself frame the story', () => {
		for (const path of ['/embed', '/embed/', '/embed/nagato/', '/ja/embed', '/zh/embed/', '/ru/embed/nagato/']) {
			const csp = headersFor(rules, path).get('content-security-policy') ?? '';
			expect(csp, path).toMatch(/frame-ancestors \*$/);
			// MapLibre's worker in a frame with an opaque origin starts from a data: URL.
			expect(csp, path).toMatch(/worker-src 'self' blob: data:;/);
		}
		expect(headersFor(rules, '/').get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
	});

	it('lets a sandboxed frame (origin "null") load the app’s code and data, and nothing else needs it', () => {
		expect(headersFor(rules, '/_app/immutable/entry/start.js').get('access-control-allow-origin')).toBe('*');
		expect(headersFor(rules, '/_app/immutable/assets/islands.geojson').get('access-control-allow-origin')).toBe('*');
		expect(headersFor(rules, '/embed/nagato/').get('access-control-allow-origin')).toBeUndefined();
		expect(headersFor(rules, '/').get('access-control-allow-origin')).toBeUndefined();
	});
});
