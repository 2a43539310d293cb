// The benchmark: builds the site, serves it and a template-style baseline locally, and measures both in headless
// Chromium over several runs. Prints medians (min–max) and the ratio to the baseline. Never part of the tests.
//   npm run bench [-- --runs 5 --no-build]
import { execSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import sirv from 'sirv';
import { panelPadding, viewFor } from '../src/lib/map/camera';
import { GEO_LAYER_IDS, layerFileName } from '../src/lib/geo/validateGeo';
import { offlineStyle, storySources, type GeoUrls } from '../src/lib/map/offlineStyle';
import { STORY_LAYER_ENTRIES } from '../src/lib/map/storyLayers';
import { storyMapData } from '../src/lib/server/mapData';
import { renderStep } from '../src/lib/story/renderNames';
import { story } from '../src/lib/story/storyFor';

const ROOT = resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const APP_PORT = 4190;
const BASE_PORT = 4191;
/** Budgets from the README; the benchmark reports against them, it never fails on them. */
const JS_BEFORE_MAP_BUDGET_GZIP_BYTES = 60 * 1024;
const CLS_BUDGET = 0.05;
const FRAME_MS = 1000 / 60;

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const BUILD = !args.includes('--no-build');

type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
interface Bytes {
	raw: Record<Kind, number>;
	gzip: Record<Kind, number>;
}
interface Sample {
	fcp: number;
	lcp: number;
	firstMap: number;
	mapIdle: number;
	cls: number;
	before: Bytes;
	after: Bytes;
	stepLatency: number;
	heapMB: number;
}

function emptyBytes(): Bytes {
	const z = (): Record<Kind, number> => ({ js: 0, css: 0, data: 0, html: 0, other: 0 });
	return { raw: z(), gzip: z() };
}

function kindOf(url: string, contentType: string): Kind {
	if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
	if (/css/.test(contentType) || /\.css(\?|$)/.test(url)) return 'css';
	if (/json|geojson/.test(contentType) || /\.(geo)?json(\?|$)/.test(url)) return 'data';
	if (/html/.test(contentType)) return 'html';
	return 'other';
}

/** The baseline: the template's page plus a config object generated from the same story, style and data. */
function prepareBaseline(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(resolve(ROOT, 'bench/baseline'), dir, { recursive: true });
	const v5 = resolve(ROOT, 'node_modules/maplibre-gl-v5/dist');
	for (const f of ['maplibre-gl.js', 'maplibre-gl.css', 'maplibre-gl-csp-worker.js']) copyFileSync(resolve(v5, f), resolve(dir, f));
	copyFileSync(resolve(ROOT, 'node_modules/scrollama/build/scrollama.min.js'), resolve(dir, 'scrollama.min.js'));
	for (const f of readdirSync(resolve(ROOT, 'geo')).filter((f) => f.endsWith('.geojson'))) copyFileSync(resolve(ROOT, 'geo', f), resolve(dir, f));

	const data = storyMapData(story);
	const urls = Object.fromEntries(GEO_LAYER_IDS.map((id) => [id, layerFileName(id)])) as GeoUrls;
	const panel = panelPadding(VIEWPORT, 33 * 12.8 + 64);
	const config = {
		style: offlineStyle(urls),
		theme: 'light',
		title: story.title,
		subtitle: story.dek,
		byline: story.byline,
		footer: 'Map data: Natural Earth; © OpenStreetMap contributors',
		sources: Object.entries(storySources(urls, data.islandLabels)).map(([id, source]) => ({ id, source })),
		layers: STORY_LAYER_ENTRIES.map((l) => l.spec),
		layerPaint: Object.fromEntries(STORY_LAYER_ENTRIES.map((l) => [l.spec.id, l.opacity])),
		chapters: story.steps.map((s, i) => {
			const step = renderStep(s, 'both');
			const view = viewFor(data.targets[i]!, VIEWPORT, panel);
			const visible = (on: boolean) => STORY_LAYER_ENTRIES.filter((l) => step.layers.includes(l.group)).map((l) => ({ layer: l.spec.id, opacity: on ? 1 : 0 }));
			return {
				id: step.id,
				alignment: 'lefty',
				title: step.title,
				paragraphs: [...(step.opinion ?? []), ...step.facts, step.mapDescription],
				location: { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch, padding: view.padding },
				onChapterEnter: visible(true),
				onChapterExit: visible(false)
			};
		})
	};
	writeFileSync(resolve(dir, 'config.js'), `var config = ${JSON.stringify(config)};\n`);
}

function serve(dir: string, port: number): Promise<Server> {
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		})
	);
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** Installs observers before any page script: paint timings, LCP, element timing, layout shifts, and the keydown used for latency. */
const OBSERVERS = `
	window.__perf = { lcp: 0, cls: 0, keydown: 0, staticMap: 0 };
	new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; })
		.observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
		.observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (e.identifier === 'static-map' && !window.__perf.staticMap) window.__perf.staticMap = e.renderTime || e.loadTime;
	}).observe({ type: 'element', buffered: true });
	addEventListener('keydown', () => { window.__perf.keydown = performance.now(); }, true);
`;

interface Loaded {
	url: string;
	/** The page's own document: always before the map. */
	navigation: boolean;
	/** When the request started, in ms since the epoch (Playwright's timing; it sees worker requests too). */
	startEpochMs: number;
	kind: Kind;
	raw: number;
	gzip: number;
}

type PerfWindow = Window & {
	__perf: { lcp: number; cls: number; keydown: number; staticMap: number };
	__bench?: { idle: number | null };
	__moves: number[];
};

/** The front page, a step's own page (STEP_PAGE), or the template-style baseline. */
type Which = 'app' | 'step' | 'baseline';
/** The step page the benchmark loads: a step in the middle of the story, as a shared link opens it. */
const STEP_PAGE = 'nagato';

/** Waits in the page for the live map's first idle: the app's performance mark, the baseline's recorded time. */
async function firstIdle(page: Page, which: Which): Promise<number> {
	return page.evaluate(async (kind) => {
		const w = window as unknown as PerfWindow;
		const t0 = performance.now();
		for (;;) {
			const mark = performance.getEntriesByName('treaty-map:map-first-idle')[0];
			if (kind !== 'baseline' && mark) return mark.startTime;
			if (kind === 'baseline' && w.__bench?.idle) return w.__bench.idle;
			if (performance.now() - t0 > 60_000) return NaN;
			await new Promise((r) => setTimeout(r, 10));
		}
	}, which);
}

async function measure(browser: Browser, which: Which): Promise<Sample> {
	const ours = which !== 'baseline';
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.addInitScript(OBSERVERS);
	// Each URL counted once, at its first response (a second request for the same file is a cache hit).
	const loaded = new Map<string, Promise<Loaded>>();
	page.on('response', (response) => {
		const url = response.url();
		if (loaded.has(url) || response.status() !== 200) return;
		loaded.set(
			url,
			response
				.body()
				.catch(() => Buffer.alloc(0))
				.then((body) => ({
					url,
					navigation: response.request().isNavigationRequest(),
					startEpochMs: response.request().timing().startTime,
					kind: kindOf(url, response.headers()['content-type'] ?? ''),
					raw: body.length,
					gzip: gzipSync(body).length
				}))
		);
	});
	const base =
		which === 'app' ? `http://127.0.0.1:${APP_PORT}/` : which === 'step' ? `http://127.0.0.1:${APP_PORT}/step/${STEP_PAGE}/` : `http://127.0.0.1:${BASE_PORT}/`;
	// A quiet moment first, so the previous run's teardown does not land on this one's first paint.
	await page.waitForTimeout(500);
	await page.goto(base, { waitUntil: 'load' });

	const mapIdle = await firstIdle(page, which);
	await page.waitForTimeout(300);
	const timings = await page.evaluate(() => {
		const w = window as unknown as PerfWindow;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		// The app marks where the map's download begins; the baseline's map starts with its first script.
		const mapStart = performance.getEntriesByName('treaty-map:map-load-start')[0]?.startTime ?? 0;
		return { fcp, lcp: w.__perf.lcp, cls: w.__perf.cls, staticMap: w.__perf.staticMap, mapStartEpochMs: performance.timeOrigin + mapStart };
	});
	// First map on screen: the app's static frame map (element timing); the baseline's first complete map frame.
	const firstMap = ours && timings.staticMap ? timings.staticMap : mapIdle;

	// Step latency: key press to the camera's movestart, over several steps.
	const latencies: number[] = [];
	await page.evaluate((kind) => {
		const w = window as unknown as PerfWindow & { __treatyMap?: { on: (e: string, f: () => void) => void }; map?: { on: (e: string, f: () => void) => void } };
		w.__moves = [];
		const map = kind === 'baseline' ? w.map : w.__treatyMap;
		map?.on('movestart', () => w.__moves.push(performance.now()));
	}, which);
	for (let i = 0; i < 4; i++) {
		const before = await page.evaluate(() => (window as unknown as PerfWindow).__moves.length);
		await page.keyboard.press(ours ? 'ArrowDown' : 'PageDown');
		const ok = await page
			.waitForFunction((n) => (window as unknown as PerfWindow).__moves.length > n, before, { timeout: 8000 })
			.then(() => true)
			.catch(() => false);
		if (ok) {
			latencies.push(
				await page.evaluate(() => {
					const w = window as unknown as PerfWindow;
					return w.__moves[w.__moves.length - 1]! - w.__perf.keydown;
				})
			);
		}
		await page.waitForTimeout(2600);
	}

	// Heap after visiting every step.
	const count = story.steps.length;
	for (let i = 4; i < count; i++) {
		await page.keyboard.press(ours ? 'ArrowDown' : 'PageDown');
		await page.waitForTimeout(350);
	}
	await page.waitForTimeout(2000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	const files = await Promise.all(loaded.values());
	await context.close();

	const bytes = { before: emptyBytes(), after: emptyBytes() };
	for (const f of files) {
		// Split at the moment the map's download began (the baseline's: at once, so only its document comes before).
		const bucket = f.navigation || f.startEpochMs < timings.mapStartEpochMs ? bytes.before : bytes.after;
		bucket.raw[f.kind] += f.raw;
		bucket.gzip[f.kind] += f.gzip;
	}
	return {
		fcp: timings.fcp,
		lcp: timings.lcp,
		firstMap,
		mapIdle,
		cls: timings.cls,
		before: bytes.before,
		after: bytes.after,
		stepLatency: latencies.length ? median(latencies) : NaN,
		heapMB: heap.usedSize / 1024 / 1024
	};
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function stat(samples: Sample[], pick: (s: Sample) => number): { med: number; min: number; max: number } {
	const xs = samples.map(pick).filter(Number.isFinite);
	return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

async function main(): Promise<void> {
	if (BUILD) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
	const baselineDir = resolve(ROOT, '.tmp/bench-baseline');
	prepareBaseline(baselineDir);
	const servers = [await serve(resolve(ROOT, 'build'), APP_PORT), await serve(baselineDir, BASE_PORT)];
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-sandbox', '--disable-background-networking']
	});
	const app: Sample[] = [];
	const stepPage: Sample[] = [];
	const baseline: Sample[] = [];
	try {
		// One warm-up load of each, not counted: the browser's first page pays for its own start-up (disk, fonts, GPU process).
		await measure(browser, 'app');
		await measure(browser, 'step');
		await measure(browser, 'baseline');
		process.stderr.write('warm-up done\n');
		for (let r = 0; r < RUNS; r++) {
			// Alternate so that machine noise falls on both alike.
			app.push(await measure(browser, 'app'));
			stepPage.push(await measure(browser, 'step'));
			baseline.push(await measure(browser, 'baseline'));
			process.stderr.write(`run ${r + 1}/${RUNS} done\n`);
		}
	} finally {
		await browser.close();
		for (const s of servers) s.close();
	}

	const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
	const ms = (n: number): string => `${n.toFixed(0)} ms`;
	const rows: [string, (s: Sample) => number, (n: number) => string][] = [
		['first story text (FCP)', (s) => s.fcp, ms],
		['first map on screen', (s) => s.firstMap, ms],
		['largest contentful paint', (s) => s.lcp, ms],
		['interactive map first idle', (s) => s.mapIdle, ms],
		['cumulative layout shift', (s) => s.cls, (n) => n.toFixed(3)],
		['JS before map starts (gzip)', (s) => s.before.gzip.js, kb],
		['JS before map starts (raw)', (s) => s.before.raw.js, kb],
		['CSS before map (gzip)', (s) => s.before.gzip.css, kb],
		['HTML (gzip)', (s) => s.before.gzip.html + s.after.gzip.html, kb],
		['JS total (gzip)', (s) => s.before.gzip.js + s.after.gzip.js, kb],
		['JS total (raw)', (s) => s.before.raw.js + s.after.raw.js, kb],
		['CSS total (gzip)', (s) => s.before.gzip.css + s.after.gzip.css, kb],
		['data total (gzip)', (s) => s.before.gzip.data + s.after.gzip.data, kb],
		['data total (raw)', (s) => s.before.raw.data + s.after.raw.data, kb],
		['key press to camera moving', (s) => s.stepLatency, ms],
		['JS heap after every step', (s) => s.heapMB, (n) => `${n.toFixed(1)} MB`]
	];
	const lines = [`treaty-map benchmark: ${RUNS} runs each, headless Chromium (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}`, ''];
	lines.push(
		`${'metric'.padEnd(30)} ${'front page median (min–max)'.padEnd(34)} ${`/step/${STEP_PAGE}/ median (min–max)`.padEnd(34)} ${'baseline median (min–max)'.padEnd(34)} ratios`
	);
	const results: Record<string, unknown> = {};
	const cell = (x: { med: number; min: number; max: number }, fmt: (n: number) => string): string => `${fmt(x.med)} (${fmt(x.min)}–${fmt(x.max)})`.padEnd(34);
	for (const [name, pick, fmt] of rows) {
		const a = stat(app, pick);
		const st = stat(stepPage, pick);
		const b = stat(baseline, pick);
		const ratio = b.med ? `${(a.med / b.med).toFixed(2)} / ${(st.med / b.med).toFixed(2)}` : 'n/a';
		lines.push(`${name.padEnd(30)} ${cell(a, fmt)} ${cell(st, fmt)} ${cell(b, fmt)} ${ratio}`);
		results[name] = { app: a, step: st, baseline: b, ratio };
	}
	// The README's budgets, on the front page and on a step's own page alike.
	const budget = (ok: boolean, text: string): string => `  ${ok ? 'met   ' : 'MISSED'} ${text}`;
	for (const [label, samples] of [
		['front page', app],
		[`/step/${STEP_PAGE}/`, stepPage]
	] as const) {
		const fcp = stat(samples, (s) => s.fcp).med / stat(baseline, (s) => s.fcp).med;
		const firstMap = stat(samples, (s) => s.firstMap).med / stat(baseline, (s) => s.firstMap).med;
		const idle = stat(samples, (s) => s.mapIdle).med / stat(baseline, (s) => s.mapIdle).med;
		const js = stat(samples, (s) => s.before.gzip.js).med;
		const cls = stat(samples, (s) => s.cls).med;
		const latency = stat(samples, (s) => s.stepLatency).med;
		lines.push('', `budgets (README), ${label}:`);
		lines.push(budget(fcp <= 0.5, `first story text at most half the baseline's: ${fcp.toFixed(2)}×`));
		lines.push(budget(firstMap <= 0.5, `first map on screen at most half the baseline's: ${firstMap.toFixed(2)}×`));
		lines.push(budget(idle <= 1, `interactive map idle no slower than the baseline: ${idle.toFixed(2)}×`));
		lines.push(budget(js <= JS_BEFORE_MAP_BUDGET_GZIP_BYTES, `JS before the map starts ≤ 60 KB gzip: ${kb(js)}`));
		lines.push(budget(cls < CLS_BUDGET, `CLS < 0.05: ${cls.toFixed(3)}`));
		lines.push(budget(latency <= FRAME_MS, `camera moving within one frame of the key press: ${latency.toFixed(1)} ms`));
	}
	console.log(lines.join('\n'));
	mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
	writeFileSync(resolve(ROOT, 'bench/results/latest.json'), JSON.stringify({ runs: RUNS, results, app, step: stepPage, baseline }, null, 2));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
