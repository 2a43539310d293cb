// What a page load waits on, in order: every request (the worker's too) with when it started and finished, beside the
// page's own marks (first paint, the map's download starting, the map's first idle) and the main thread's long tasks.
// One load of a page under a profile; for reading, not for statistics.
//   npx tsx bench/load-timeline.ts [--page /] [--profile phone|desktop] [--no-compress]
import { resolve } from 'node:path';
import { launchBrowser, serve } from './serve';
import { applyProfile, PROFILES, type ProfileName } from './profiles';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4194;
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const PAGE_PATH = arg('--page', '/');
const PROFILE = PROFILES[arg('--profile', 'phone') as ProfileName];
const COMPRESS = !args.includes('--no-compress');
/** How long to keep watching after the live map's first idle. */
const AFTER_IDLE_MS = 3000;

interface Loaf {
	start: number;
	duration: number;
	blocking: number;
	style: number;
	scripts: { invoker: string; source: string; duration: number; layout: number }[];
}

async function main(): Promise<void> {
	const dir = resolve(ROOT, 'build');
	const server = await serve(dir, PORT, COMPRESS);
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext(PROFILE.context);
		const page = await context.newPage();
		await applyProfile(await context.newCDPSession(page), PROFILE);
		await page.addInitScript(`
			window.__long = [];
			window.__loaf = [];
			new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
			// Long animation frames name the scripts that made them long (invoker, source, duration).
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
					style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
					scripts: e.scripts.map((s) => ({ invoker: s.invoker, source: (s.sourceURL || '').replace(/^.*[/]/, '') + ':' + s.sourceCharPosition + ' ' + (s.sourceFunctionName || ''), duration: s.duration, layout: s.forcedStyleAndLayoutDuration })) });
			}).observe({ type: 'long-animation-frame', buffered: true });
		`);
		const requests: { url: string; start: number; end: number; bytes: number }[] = [];
		page.on('requestfinished', (request) => {
			const t = request.timing();
			void request
				.response()
				.then((r) => r?.body())
				.then((body) => requests.push({ url: request.url(), start: t.startTime, end: t.startTime + t.responseEnd, bytes: body?.length ?? 0 }))
				.catch(() => {});
		});
		await page.goto(`http://127.0.0.1:${PORT}${PAGE_PATH}`, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForFunction(() => performance.getEntriesByName('treaty-map:map-first-idle').length > 0, undefined, { timeout: 120_000 });
		// A few seconds more: what runs right after the first idle is what a reader's first tap meets.
		await page.waitForTimeout(AFTER_IDLE_MS);
		const marks = await page.evaluate(() => ({
			origin: performance.timeOrigin,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			mapLoadStart: performance.getEntriesByName('treaty-map:map-load-start')[0]?.startTime ?? NaN,
			firstIdle: performance.getEntriesByName('treaty-map:map-first-idle')[0]?.startTime ?? NaN,
			long: (window as unknown as { __long: [number, number][] }).__long,
			loaf: (window as unknown as { __loaf: Loaf[] }).__loaf
		}));
		const rel = (epoch: number): number => epoch - marks.origin;
		const events: [number, string][] = [
			[marks.fcp, 'first contentful paint'],
			[marks.mapLoadStart, 'mark: map-load-start'],
			[marks.firstIdle, 'mark: map-first-idle']
		];
		for (const r of requests) {
			const name = r.url.replace(`http://127.0.0.1:${PORT}`, '');
			events.push([rel(r.start), `request ${name} (${(r.bytes / 1024).toFixed(1)} KB raw) … done at ${rel(r.end).toFixed(0)} ms`]);
		}
		const longTotal = marks.long.filter(([s]) => s < marks.firstIdle).reduce((sum, [, d]) => sum + d, 0);
		console.log(
			`${PROFILE.name}, ${PAGE_PATH}, served ${COMPRESS ? 'gzip' : 'uncompressed'}: long tasks before the first idle: ${marks.long.filter(([s]) => s < marks.firstIdle).length}, ${longTotal.toFixed(0)} ms`
		);
		for (const [s, d] of marks.long.filter(([s2, d2]) => s2 < marks.firstIdle && d2 >= 100)) events.push([s, `long task ${d.toFixed(0)} ms`]);
		for (const l of marks.loaf.filter((x) => x.duration >= 50))
			events.push([
				l.start,
				`long animation frame ${l.duration.toFixed(0)} ms (blocking ${l.blocking.toFixed(0)}, style and layout ${l.style.toFixed(0)}): ${l.scripts
					.filter((x) => x.duration >= 5)
					.map((x) => `${x.invoker} → ${x.source} ${x.duration.toFixed(0)} ms${x.layout ? ` (forced layout ${x.layout.toFixed(0)})` : ''}`)
					.join('; ')}`
			]);
		for (const [t, what] of events.sort((a, b) => a[0] - b[0])) console.log(`${t.toFixed(0).padStart(7)} ms  ${what}`);
		await context.close();
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
