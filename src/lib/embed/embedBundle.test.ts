// The built /embed.js itself: small, standalone, self-booting, and free of HTML-injection and eval-like calls.
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../routes/embed.js/+server';

/** Budgets with some headroom over today's size (about 6.4 kB raw, 2.8 kB gzipped). */
const MAX_RAW_BYTES = 8_000;
const MAX_GZIP_BYTES = 3_500;

let response: Response;
let code: string;

beforeAll(async () => {
	response = await GET({} as Parameters<typeof GET>[0]);
	code = await response.text();
}, 30_000);

describe('/embed.js', () => {
	it('is served as JavaScript', () => {
		expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
	});

	it('stays small', () => {
		const raw = Buffer.byteLength(code);
		const gzip = gzipSync(code).byteLength;
		console.info(`embed.js: ${raw} B raw, ${gzip} B gzip`);
		expect(raw).toBeLessThan(MAX_RAW_BYTES);
		expect(gzip).toBeLessThan(MAX_GZIP_BYTES);
	});

	it('is one self-contained IIFE with no imports and no HTML parsing or eval', () => {
		expect(code).toMatch(/^\/\*[^]*?\*\/\n\(\(\)=>\{[^]*\}\)\(\);\n?$/);
		for (const banned of [
			'import(',
			'require(',
			'innerHTML',
			'outerHTML',
			'insertAdjacentHTML',
			'document.write',
			'eval(',
			'new Function',
			'setAttribute("style"',
			'"*"'
		]) {
			expect(code, banned).not.toContain(banned);
		}
	});

	it('boots on its own, installing window.treatyMap and one message listener', () => {
		const listeners: string[] = [];
		const window: Record<string, unknown> = { addEventListener: (type: string) => listeners.push(type) };
		const document = {
			readyState: 'complete',
			currentScript: { src: 'https://maps.example.org/embed.js' },
			querySelectorAll: () => [],
			querySelector: () => null,
			addEventListener: () => {}
		};
		runInNewContext(code, { window, document, URL, URLSearchParams, WeakSet, Map, Set, console });
		expect((window.treatyMap as { source?: string } | undefined)?.source).toBe('treaty-map');
		expect(listeners).toEqual(['message']);
	});
});
