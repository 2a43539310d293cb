// The benchmark: builds the site, serves it and a template-style baseline locally, and measures both in headless
// Chromium over several runs, as a desktop and as a phone (bench/profiles.ts). Prints medians (min–max), the ratios to
// the baseline measured in the same run, the budgets of issue 21, and what the build ships. Never part of the tests.
//   npm run bench [-- --profile desktop|phone|both --runs 5 --path /ja/ --step <id> --no-build --site DIR --out NAME --no-compress --verbose]
//   npm run bench -- --compare before=DIR,after=DIR [--profile both --runs 2]   (front pages of several builds, one run)
import { execSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type CDPSession, type Page } from '@playwright/test';
import { launchBrowser, serve } from './serve';
import { panelPadding, viewFor } from '../src/lib/map/camera';
import { WIDE_QUERY } from '../src/lib/layout/layout';
import { READING_LINE_NARROW, READING_LINE_WIDE } from '../src/lib/components/trackActiveStep';
import { baseLandLayers, storyLayerEntries } from '../src/lib/map/storyLayers';
import { withoutBreaks } from '../src/lib/text/lineBreaks';
import { geojsonMap } from './baselineStyle';
import { benchStory, plainStep, stepPageId } from './benchStory';
import { applyProfile, profilesFrom, type Profile } from './profiles';
import { inpOf, interactionsOf, PROBES, type PagePerf } from './probes';
import { shippedReport } from './shipped';

const ROOT = resolve(import.meta.dirname, '..');
const APP_PORT = 4190;
const BASE_PORT = 4191;
/** Budgets that are the same on both profiles (issue 21's table; the README's before it). */
const JS_BEFORE_MAP_BUDGET_GZIP_BYTES = 60 * 1024;
const CLS_BUDGET = 0.05;
/** The data budget is relative to what the page fetched when issue 21 was filed: 217 KB gzip, all of it before the first live frame. */
const DATA_BEFORE_LIVE_TODAY_GZIP_BYTES = 217 * 1024;
const DATA_BEFORE_LIVE_BUDGET_RATIO = 0.5;
/** How long to wait for the camera to answer an input before counting it as unanswered. */
const ANSWER_TIMEOUT_MS = 8000;
/** In the quick walk through the remaining steps. */
const WALK_ANSWER_TIMEOUT_MS = 1500;
/** How long to wait for the map to settle after a step change before the next measured input. */
const SETTLE_TIMEOUT_MS = 20_000;
/** How many of each measured input per page load (a key, a tap on Next, a scroll to the next step). */
const MEASURED_INPUTS = 3;

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const PROFILES = profilesFrom(args);
/** The story as the build reads it, in the language of the page path measured (`--path /ja/`; default `/`). */
const BENCH = benchStory(ROOT, argValue('--path') ?? '/');
const { story } = BENCH;
/** The step page the benchmark loads: a step in the middle of the story (`--step` names another), as a shared link opens it. */
const STEP_PAGE = stepPageId(story, argValue('--step'));
/** The two pages of ours: the front page of the language measured, and a step's own page in it. */
const FRONT_PATH = BENCH.frontPath;
const STEP_PATH = `${FRONT_PATH}step/${STEP_PAGE}/`;
const RUNS_ARG = Number(args[args.indexOf('--runs') + 1]) || 0;
/** Runs per page: 5 on a desktop (as always), 3 on a phone (each phone load takes ~20 s and more). */
const runsFor = (profile: Profile): number => RUNS_ARG || (profile.name === 'phone' ? 3 : 5);
/**
 * Several builds side by side (`--compare label=DIR,label=DIR…`, e.g. one per fix): each one's front page and the
 * baseline, alternating within every run, so their ratios come from one run on one machine. Implies --no-build.
 */
const COMPARE = (argValue('--compare') ?? '')
	.split(',')
	.filter(Boolean)
	.map((pair) => {
		const [label, dir] = pair.split('=') as [string, string | undefined];
		return { label: dir ? label : pair, dir: resolve(dir ?? pair) };
	});
/** A site already built elsewhere (`--site DIR`, e.g. a copy of an earlier build, for a before/after pair); implies --no-build. */
const SITE = argValue('--site');
const BUILD = !args.includes('--no-build') && !SITE && COMPARE.length === 0;
/** Serve as a static host does (Netlify, Cloudflare Pages): gzip for text types. --no-compress serves bytes as they are, as the benchmark did before. */
const COMPRESS = !args.includes('--no-compress');
const VERBOSE = args.includes('--verbose');
const verbose = (text: string): void => void (VERBOSE && process.stderr.write(`  ${text}\n`));

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
	/** Data (GeoJSON, tiles) requested before the live map's first idle, its first complete frame. */
	dataBeforeLive: { raw: number; gzip: number };
	/** Input to the camera's movestart, in ms, for each measured input in order. */
	key: number[];
	tap: number[];
	scroll: number[];
	inp: { worst: number; p98: number; count: number };
	/** The same over the measured inputs only, each made once the map had settled (a reader who waits for the map). */
	inpSettled: { worst: number; p98: number; count: number };
	/** The worst interaction: which of the walk's inputs, and at which step. */
	worstInteraction: string;
	heapMB: number;
	/** Load average (1 min) when the load started and when it ended: the machine is shared. */
	load: [number, number];
}

function emptyBytes(): Bytes {
	const z = (): Record<Kind, number> => ({ js: 0, css: 0, data: 0, html: 0, other: 0 });
	return { raw: z(), gzip: z() };
}

function kindOf(url: string, contentType: string): Kind {
	if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
	if (/css/.test(contentType) || /\.css(\?|$)/.test(url)) return 'css';
	// GeoJSON, and what might replace it: vector tiles (.pbf/.mvt), a PMTiles archive, geobuf.
	if (/json|geojson|protobuf|vnd\.mapbox-vector-tile/.test(contentType) || /\.(geo)?json|\.(pbf|mvt|pmtiles|geobuf)(\?|$)/.test(url)) return 'data';
	if (/html/.test(contentType)) return 'html';
	return 'other';
}

/** The baseline: the template's page plus a config object generated from the same story, style and data, framed for this profile's screen. */
function prepareBaseline(dir: string, profile: Profile): void {
	const viewport = profile.context.viewport!;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(resolve(ROOT, 'bench/baseline'), dir, { recursive: true });
	const v5 = resolve(ROOT, 'node_modules/maplibre-gl-v5/dist');
	for (const f of ['maplibre-gl.js', 'maplibre-gl.css', 'maplibre-gl-csp-worker.js']) copyFileSync(resolve(v5, f), resolve(dir, f));
	copyFileSync(resolve(ROOT, 'node_modules/scrollama/build/scrollama.min.js'), resolve(dir, 'scrollama.min.js'));
	// The template reads every layer as a GeoJSON file, as the app did when issue 21 was filed.
	const urls: Record<string, string> = {};
	for (const [layer, file] of Object.entries(BENCH.dataFiles)) {
		copyFileSync(file, resolve(dir, `${layer}.geojson`));
		urls[layer] = `${layer}.geojson`;
	}
	const mapConfig = story.map;
	const entries = storyLayerEntries(mapConfig);
	const map = geojsonMap(mapConfig, urls, BENCH.loaded.labelPoints, [...baseLandLayers(mapConfig), ...entries.map((l) => l.spec)]);
	// The template's text column is 33vw at the left on a wide screen; on a phone (under 750 px) it spans the map.
	const panel = panelPadding(viewport, 33 * 12.8 + 64);
	const config = {
		style: map.style,
		theme: 'light',
		title: withoutBreaks(story.title),
		subtitle: withoutBreaks(story.dek),
		byline: story.byline,
		footer: 'Map data: Natural Earth; © OpenStreetMap contributors',
		sources: Object.entries(map.sources).map(([id, source]) => ({ id, source })),
		layers: map.layers,
		layerPaint: Object.fromEntries(entries.map((l) => [l.spec.id, l.opacity])),
		chapters: story.steps.map((s, i) => {
			const view = viewFor(BENCH.targets[i]!, viewport, panel);
			const visible = (on: boolean) => entries.filter((l) => s.layers.includes(l.group)).map((l) => ({ layer: l.spec.id, opacity: on ? 1 : 0 }));
			return {
				id: s.id,
				alignment: 'lefty',
				...plainStep(s, story),
				location: { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch, padding: view.padding },
				onChapterEnter: visible(true),
				onChapterExit: visible(false)
			};
		})
	};
	writeFileSync(resolve(dir, 'config.js'), `var config = ${JSON.stringify(config)};\n`);
}

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

type MapLike = { on: (e: string, f: () => void) => void; once: (e: string, f: () => void) => void; isMoving: () => boolean; loaded: () => boolean };
type PerfWindow = Window & { __perf: PagePerf; __bench?: { idle: number | null }; __treatyMap?: MapLike; map?: MapLike };

/** The front page, a step's own page (STEP_PAGE), or the template-style baseline. */
type Which = 'app' | 'step' | 'baseline' | `site-${number}`;

/** Waits in the page for the live map's first idle: the app's performance mark, the baseline's recorded time. */
async function firstIdle(page: Page, which: Which): Promise<number> {
	return page.evaluate(async (kind) => {
		const w = window as unknown as PerfWindow;
		const t0 = performance.now();
		for (;;) {
			const mark = performance.getEntriesByName('treaty-map:map-first-idle')[0];
			if (kind !== 'baseline' && mark) return mark.startTime;
			if (kind === 'baseline' && w.__bench?.idle) return w.__bench.idle;
			if (performance.now() - t0 > 90_000) return NaN;
			await new Promise((r) => setTimeout(r, 10));
		}
	}, which);
}

/** Waits until the map has stopped moving and drawn everything (its `idle`), then a moment for the page's own transitions. */
async function settle(page: Page, which: Which): Promise<void> {
	await page.evaluate(
		({ kind, timeout }) => {
			const w = window as unknown as PerfWindow;
			const map = kind === 'baseline' ? w.map : w.__treatyMap;
			// No named functions in here: tsx's helper for them does not exist in the page.
			return new Promise<void>((done) => {
				setTimeout(done, timeout);
				if (!map || (!map.isMoving() && map.loaded())) done();
				else map.once('idle', () => done());
			});
		},
		{ kind: which, timeout: SETTLE_TIMEOUT_MS }
	);
	await page.waitForTimeout(400);
}

type Input = 'key' | 'tap' | 'scroll';

/**
 * One input that should move the story on by a step, and the time from it to the camera's movestart (NaN if the
 * camera did not move). The time starts at the input's event.timeStamp: a key's keydown, a tap's or click's pointerup
 * (the button acts on the click that follows), a scroll's first scroll event past the point where the next step
 * crosses the reading line.
 */
async function step(page: Page, cdp: CDPSession, which: Which, profile: Profile, input: Input, timeoutMs = ANSWER_TIMEOUT_MS): Promise<number> {
	const before = await page.evaluate(() => (window as unknown as PerfWindow).__perf.moves.length);
	if (input === 'key') await page.keyboard.press(which === 'baseline' ? 'PageDown' : 'ArrowDown');
	else if (input === 'tap') {
		const next = page.locator('[data-step-action="next"]');
		if (profile.pointer === 'tap') await next.tap();
		else await next.click();
	} else {
		const distance = await page.evaluate(
			({ kind, wideQuery, lineWide, lineNarrow }) => {
				const w = window as unknown as PerfWindow;
				let next: Element | null | undefined;
				let line: number;
				if (kind === 'baseline') {
					// scrollama's offset: 0.5. Its steps are the template's chapters; the last active one is the current.
					next = [...document.querySelectorAll('.step.active')].pop()?.nextElementSibling;
					line = 0.5;
				} else {
					const current = document.querySelector('[data-step]')?.getAttribute('data-step');
					const steps = [...document.querySelectorAll('[data-step-id]')];
					next = steps[steps.findIndex((s) => s.id === current) + 1];
					line = matchMedia(wideQuery).matches ? lineWide : lineNarrow;
				}
				if (!next) return null;
				const threshold = next.getBoundingClientRect().top + window.scrollY - line * window.innerHeight;
				w.__perf.scrollThreshold = threshold;
				w.__perf.scrollCross = 0;
				return threshold - window.scrollY;
			},
			{ kind: which, wideQuery: WIDE_QUERY, lineWide: READING_LINE_WIDE, lineNarrow: READING_LINE_NARROW }
		);
		if (distance === null) return NaN;
		// A little past the line, so the step is surely in; never so far that the one after it comes in too.
		const by = Math.max(distance, 0) + (profile.pointer === 'tap' ? 60 : 40);
		const { width, height } = profile.context.viewport!;
		if (profile.pointer === 'tap') await drag(cdp, Math.round(width / 2), Math.round(height * 0.85), by);
		else {
			// The wheel over the text column (the map lets the page scroll while the reader is not exploring).
			await page.mouse.move(Math.round(width * 0.15), Math.round(height * 0.5));
			await page.mouse.wheel(0, by);
		}
	}
	const moved = await page
		.waitForFunction((n) => (window as unknown as PerfWindow).__perf.moves.length > n, before, { timeout: timeoutMs })
		.then(() => true)
		.catch(() => false);
	if (!moved) return NaN;
	return page.evaluate(
		({ n, input }) => {
			const p = (window as unknown as PerfWindow).__perf;
			const start = input === 'key' ? p.key : input === 'tap' ? p.pointer : p.scrollCross;
			return start ? p.moves[n]! - start : NaN;
		},
		{ n: before, input }
	);
}

/** How far one finger drag goes, in CSS px: from low in the text to near the top of the screen. */
const DRAG_MAX_PX = 560;
/** Finger movement per touchmove, and the time between them (one frame). */
const DRAG_STEP_PX = 20;

/**
 * A finger dragging the page up by `by` px, at a reading pace, held still before it lifts so nothing flings on.
 * (CDP's Input.synthesizeScrollGesture does not scroll with touch in headless Chromium; raw touch events do.)
 * Chromium starts scrolling only past its touch slop, so the page moves a little less than the finger.
 */
async function drag(cdp: CDPSession, x: number, fromY: number, by: number): Promise<void> {
	for (let left = by; left > 0; left -= DRAG_MAX_PX) {
		const distance = Math.min(left, DRAG_MAX_PX);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
		for (let d = DRAG_STEP_PX; d < distance + DRAG_STEP_PX; d += DRAG_STEP_PX) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY - Math.min(d, distance) }] });
			await new Promise((r) => setTimeout(r, 16));
		}
		await new Promise((r) => setTimeout(r, 150));
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Which step the page shows: its index in the story (the baseline: its last active chapter). */
async function stepIndex(page: Page, which: Which): Promise<number> {
	return page.evaluate(
		({ kind, ids }) => {
			const id =
				kind === 'baseline' ? [...document.querySelectorAll('.step.active')].pop()?.id : document.querySelector('[data-step]')?.getAttribute('data-step');
			return ids.indexOf(id ?? '');
		},
		{ kind: which, ids: story.steps.map((s) => s.id) }
	);
}

async function measure(browser: Browser, which: Which, profile: Profile): Promise<Sample> {
	const load0 = loadavg()[0]!;
	const ours = which !== 'baseline';
	const context = await browser.newContext(profile.context);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await applyProfile(cdp, profile);
	await page.addInitScript(PROBES);
	// Each request counted once, at its first response (a second request for the same file is a cache hit); a range
	// request (a PMTiles archive is read in ranges) counts as its own.
	const loaded = new Map<string, Promise<Loaded>>();
	page.on('response', (response) => {
		const url = response.url();
		const range = response.request().headers()['range'] ?? '';
		const key = `${url} ${range}`;
		if (loaded.has(key) || (response.status() !== 200 && response.status() !== 206)) return;
		loaded.set(
			key,
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
	const base = which.startsWith('site-')
		? `http://127.0.0.1:${APP_PORT + 10 + Number(which.slice(5))}${FRONT_PATH}`
		: which === 'app'
			? `http://127.0.0.1:${APP_PORT}${FRONT_PATH}`
			: which === 'step'
				? `http://127.0.0.1:${APP_PORT}${STEP_PATH}`
				: `http://127.0.0.1:${BASE_PORT}/`;
	// A quiet moment first, so the previous run's teardown does not land on this one's first paint.
	await page.waitForTimeout(500);
	await page.goto(base, { waitUntil: 'load', timeout: 120_000 });

	const mapIdle = await firstIdle(page, which);
	await page.waitForTimeout(300);
	const timings = await page.evaluate(() => {
		const w = window as unknown as PerfWindow;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		// The app marks where the map's download begins; the baseline's map starts with its first script.
		const mapStart = performance.getEntriesByName('treaty-map:map-load-start')[0]?.startTime ?? 0;
		return { fcp, lcp: w.__perf.lcp, cls: w.__perf.cls, staticMap: w.__perf.staticMap, mapStart, timeOrigin: performance.timeOrigin };
	});
	// First map on screen: the app's static frame map (element timing); the baseline's first complete map frame.
	const firstMap = ours && timings.staticMap ? timings.staticMap : mapIdle;

	await page.evaluate((kind) => {
		const w = window as unknown as PerfWindow;
		const map = kind === 'baseline' ? w.map : w.__treatyMap;
		map?.on('movestart', () => w.__perf.moves.push(performance.now()));
	}, which);
	await settle(page, which);

	// The walk: measured keys, taps on Next (the baseline has no button) and scrolls, each after the map has settled;
	// then on through every remaining step, at a reader's quick pace, for Interaction to Next Paint.
	const latencies: Record<Input, number[]> = { key: [], tap: [], scroll: [] };
	/** What each input was, and when it was made (page clock), to name the worst interaction. */
	const made: { at: number; label: string }[] = [];
	const mark = async (label: string): Promise<void> => {
		made.push({ at: await page.evaluate(() => performance.now()), label: `${label} at step ${(await stepIndex(page, which)) + 1}` });
	};
	const plan: Input[] = [
		...Array<Input>(MEASURED_INPUTS).fill('key'),
		...Array<Input>(ours ? MEASURED_INPUTS : 0).fill('tap'),
		...Array<Input>(MEASURED_INPUTS).fill('scroll')
	];
	for (const input of plan) {
		await mark(input);
		const latency = await step(page, cdp, which, profile, input);
		latencies[input].push(latency);
		verbose(`${which} ${input} → camera ${latency.toFixed(0)} ms, now at step ${(await stepIndex(page, which)) + 1}`);
		await settle(page, which);
	}
	const last = story.steps.length - 1;
	const walkStart = await page.evaluate(() => performance.now());
	for (let guard = 0; guard < story.steps.length * 2 && (await stepIndex(page, which)) < last; guard++) {
		await mark('quick-walk key');
		// At a reader's pace: a key that brings no new step (the baseline's Page Down inside a long chapter) is not waited on.
		const latency = await step(page, cdp, which, profile, 'key', WALK_ANSWER_TIMEOUT_MS);
		verbose(`${which} walk key → camera ${latency.toFixed(0)} ms, now at step ${(await stepIndex(page, which)) + 1}`);
		await page.waitForTimeout(600);
	}
	await settle(page, which);
	// Event Timing entries arrive after the frame they end in.
	await page.waitForTimeout(500);
	const perf = await page.evaluate(() => (window as unknown as PerfWindow).__perf);
	const interactions = interactionsOf(perf.events);
	const inp = inpOf(interactions, made.length);
	const settled = interactions.filter((i) => i.start < walkStart);
	const inpSettled = inpOf(settled, plan.length);
	const worst = interactions.reduce<(typeof interactions)[number] | null>((w, i) => (!w || i.latency > w.latency ? i : w), null);
	const worstLabel = worst ? ([...made].reverse().find((m) => m.at <= worst.start + 1)?.label ?? 'before the walk') : 'none over 16 ms';

	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	const files = await Promise.all(loaded.values());
	await context.close();

	const bytes = { before: emptyBytes(), after: emptyBytes() };
	const dataBeforeLive = { raw: 0, gzip: 0 };
	const mapStartEpochMs = timings.timeOrigin + timings.mapStart;
	const liveEpochMs = timings.timeOrigin + mapIdle;
	for (const f of files) {
		// Split at the moment the map's download began (the baseline's: at once, so only its document comes before).
		const bucket = f.navigation || f.startEpochMs < mapStartEpochMs ? bytes.before : bytes.after;
		bucket.raw[f.kind] += f.raw;
		bucket.gzip[f.kind] += f.gzip;
		if (f.kind === 'data' && f.startEpochMs < liveEpochMs) {
			dataBeforeLive.raw += f.raw;
			dataBeforeLive.gzip += f.gzip;
		}
	}
	return {
		fcp: timings.fcp,
		lcp: timings.lcp,
		firstMap,
		mapIdle,
		cls: timings.cls,
		before: bytes.before,
		after: bytes.after,
		dataBeforeLive,
		key: latencies.key,
		tap: latencies.tap,
		scroll: latencies.scroll,
		inp,
		inpSettled,
		worstInteraction: worst ? `${worst.latency} ms: ${worstLabel} (${worst.names.join(', ')})` : worstLabel,
		heapMB: heap.usedSize / 1024 / 1024,
		load: [load0, loadavg()[0]!]
	};
}

function median(xs: number[]): number {
	const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Stat {
	med: number;
	min: number;
	max: number;
}

function stat(samples: Sample[], pick: (s: Sample) => number): Stat {
	const xs = samples.map(pick).filter(Number.isFinite);
	if (!xs.length) return { med: NaN, min: NaN, max: NaN };
	return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

interface ProfileResult {
	profile: Profile['name'];
	runs: number;
	app: Sample[];
	step: Sample[];
	baseline: Sample[];
	/** Load average (1, 5, 15 min) before the profile's first load and after its last. */
	load: { before: number[]; after: number[] };
	table: string;
}

async function runProfile(browser: Browser, profile: Profile): Promise<ProfileResult> {
	const baselineDir = resolve(ROOT, `.tmp/bench-baseline-${profile.name}`);
	prepareBaseline(baselineDir, profile);
	const server = await serve(baselineDir, BASE_PORT, COMPRESS);
	const runs = runsFor(profile);
	const result: ProfileResult = { profile: profile.name, runs, app: [], step: [], baseline: [], load: { before: loadavg(), after: [] }, table: '' };
	const log = (text: string): boolean => process.stderr.write(`[${profile.name}] ${text} (load ${loadavg()[0]!.toFixed(2)})\n`);
	try {
		// One warm-up load of each, not counted: the browser's first page pays for its own start-up (disk, fonts, GPU process).
		await measure(browser, 'app', profile);
		await measure(browser, 'step', profile);
		await measure(browser, 'baseline', profile);
		log('warm-up done');
		for (let r = 0; r < runs; r++) {
			// Alternate so that machine noise falls on all three alike.
			result.app.push(await measure(browser, 'app', profile));
			result.step.push(await measure(browser, 'step', profile));
			result.baseline.push(await measure(browser, 'baseline', profile));
			log(`run ${r + 1}/${runs} done`);
		}
	} finally {
		server.close();
	}
	result.load.after = loadavg();
	result.table = tableFor(profile, result);
	return result;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');
/** Event Timing reports nothing under 16 ms: a 0 there means "every interaction under 16 ms". */
const inpMs = (n: number): string => (n === 0 ? '<16 ms' : ms(n));

function tableFor(profile: Profile, r: ProfileResult): string {
	const { app, step: stepPage, baseline } = r;
	const viewport = profile.context.viewport!;
	const b = profile.budgets;
	const rows: [string, (s: Sample) => number, (n: number) => string][] = [
		['first story text (FCP)', (s) => s.fcp, ms],
		['first map on screen', (s) => s.firstMap, ms],
		['largest contentful paint', (s) => s.lcp, ms],
		['live map first idle', (s) => s.mapIdle, ms],
		['cumulative layout shift', (s) => s.cls, (n) => n.toFixed(3)],
		['JS before map starts (gzip)', (s) => s.before.gzip.js, kb],
		['JS before map starts (raw)', (s) => s.before.raw.js, kb],
		['CSS before map (gzip)', (s) => s.before.gzip.css, kb],
		['HTML (gzip)', (s) => s.before.gzip.html + s.after.gzip.html, kb],
		['JS total (gzip)', (s) => s.before.gzip.js + s.after.gzip.js, kb],
		['JS total (raw)', (s) => s.before.raw.js + s.after.raw.js, kb],
		['CSS total (gzip)', (s) => s.before.gzip.css + s.after.gzip.css, kb],
		['data before first live frame (gzip)', (s) => s.dataBeforeLive.gzip, kb],
		['data before first live frame (raw)', (s) => s.dataBeforeLive.raw, kb],
		['data total (gzip)', (s) => s.before.gzip.data + s.after.gzip.data, kb],
		['data total (raw)', (s) => s.before.raw.data + s.after.raw.data, kb],
		['first key press → camera moving', (s) => s.key[0] ?? NaN, ms],
		['key press → camera moving', (s) => median(s.key), ms],
		['tap on Next → camera moving', (s) => median(s.tap), ms],
		['scroll to next step → camera moving', (s) => median(s.scroll), ms],
		['INP, worst over every step', (s) => s.inp.worst, inpMs],
		['INP, worst with the map settled', (s) => s.inpSettled?.worst ?? NaN, inpMs],
		['INP (web-vitals, p98)', (s) => s.inp.p98, inpMs],
		['JS heap after every step', (s) => s.heapMB, (n) => `${n.toFixed(1)} MB`]
	];
	const slow = profile.cpuSlowdown !== 1 ? `, CPU ${profile.cpuSlowdown}× slower (main thread)` : '';
	const net = profile.network
		? `, network ${profile.network.latencyMs} ms RTT, ${((profile.network.downloadBytesPerS * 8) / 1024 / 1024).toFixed(1)} Mbit/s down, ${((profile.network.uploadBytesPerS * 8) / 1024).toFixed(0)} kbit/s up`
		: '';
	const lines = [
		`treaty-map benchmark, ${profile.name}: ${r.runs} runs each, headless Chromium (SwiftShader), ${viewport.width}×${viewport.height} at ${profile.context.deviceScaleFactor ?? 1}×${slow}${net}, served ${COMPRESS ? 'gzip-compressed (as a static host does)' : 'uncompressed (--no-compress)'}`,
		`load average (1/5/15 min): before ${r.load.before.map((n) => n.toFixed(2)).join(' ')}, after ${r.load.after.map((n) => n.toFixed(2)).join(' ')}`,
		''
	];
	const W = 38;
	lines.push(
		`${'metric'.padEnd(W)} ${`front page ${FRONT_PATH} median (min–max)`.padEnd(W)} ${`${STEP_PATH} median (min–max)`.padEnd(W)} ${'baseline median (min–max)'.padEnd(W)} ratios (front / step)`
	);
	const cell = (x: Stat, fmt: (n: number) => string): string => (Number.isFinite(x.med) ? `${fmt(x.med)} (${fmt(x.min)}–${fmt(x.max)})` : 'n/a').padEnd(W);
	for (const [name, pick, fmt] of rows) {
		const a = stat(app, pick);
		const st = stat(stepPage, pick);
		const bs = stat(baseline, pick);
		const ratio = bs.med && Number.isFinite(bs.med) ? `${(a.med / bs.med).toFixed(2)} / ${(st.med / bs.med).toFixed(2)}` : 'n/a';
		lines.push(`${name.padEnd(W)} ${cell(a, fmt)} ${cell(st, fmt)} ${cell(bs, fmt)} ${ratio}`);
	}
	const worst = (samples: Sample[]): string => samples.map((s) => s.worstInteraction).join('; ');
	lines.push('', `worst interaction per run: front page: ${worst(app)}`, `  ${STEP_PATH}: ${worst(stepPage)}`, `  baseline: ${worst(baseline)}`);

	// Issue 21's budgets, on the front page and on a step's own page alike. Reported, never failed on.
	const budget = (ok: boolean, text: string): string => `  ${ok ? 'met   ' : 'MISSED'} ${text}`;
	const med = (samples: Sample[], pick: (s: Sample) => number): number => stat(samples, pick).med;
	for (const [label, samples] of [
		[`front page ${FRONT_PATH}`, app],
		[`${STEP_PATH}`, stepPage]
	] as const) {
		const ratio = (pick: (s: Sample) => number): number => med(samples, pick) / med(baseline, pick);
		const fcp = ratio((s) => s.fcp);
		const firstMap = ratio((s) => s.firstMap);
		const idle = ratio((s) => s.mapIdle);
		const jsTotal = ratio((s) => s.before.gzip.js + s.after.gzip.js);
		const jsBefore = med(samples, (s) => s.before.gzip.js);
		const data = med(samples, (s) => s.dataBeforeLive.gzip);
		const cls = med(samples, (s) => s.cls);
		const input = (name: string, pick: (s: Sample) => number): string => {
			const v = med(samples, pick);
			return budget(v <= b.inputToCameraMs, `${name} → camera moving ≤ ${b.inputToCameraMs.toFixed(1)} ms: ${Number.isFinite(v) ? v.toFixed(1) : 'n/a'} ms`);
		};
		const inp = med(samples, (s) => s.inp.worst);
		lines.push('', `budgets (issue 21), ${profile.name}, ${label}:`);
		lines.push(budget(fcp <= 0.5, `first story text ≤ 0.5× the baseline's: ${fcp.toFixed(2)}×`));
		lines.push(budget(firstMap <= 0.5, `first map on screen ≤ 0.5× the baseline's: ${firstMap.toFixed(2)}×`));
		lines.push(budget(idle <= b.mapIdleRatio, `live map idle ≤ ${b.mapIdleRatio}× the baseline's: ${idle.toFixed(2)}×`));
		lines.push(input('key press', (s) => median(s.key)));
		lines.push(input('first key press', (s) => s.key[0] ?? NaN));
		lines.push(input('tap on Next', (s) => median(s.tap)));
		lines.push(input('scroll to the next step', (s) => median(s.scroll)));
		lines.push(budget(inp <= b.inpWorstMs, `Interaction to Next Paint, worst over every step, ≤ ${b.inpWorstMs} ms: ${inpMs(inp)}`));
		lines.push(budget(jsTotal <= 1, `JS total (gzip) ≤ 1.0× the baseline's: ${jsTotal.toFixed(2)}×`));
		lines.push(
			budget(
				data <= DATA_BEFORE_LIVE_BUDGET_RATIO * DATA_BEFORE_LIVE_TODAY_GZIP_BYTES,
				`data before the first live frame ≤ ${DATA_BEFORE_LIVE_BUDGET_RATIO}× ${kb(DATA_BEFORE_LIVE_TODAY_GZIP_BYTES)} gzip: ${kb(data)}`
			)
		);
		lines.push(budget(jsBefore <= JS_BEFORE_MAP_BUDGET_GZIP_BYTES, `JS before the map starts ≤ ${kb(JS_BEFORE_MAP_BUDGET_GZIP_BYTES)} gzip: ${kb(jsBefore)}`));
		lines.push(budget(cls < CLS_BUDGET, `CLS < ${CLS_BUDGET}: ${cls.toFixed(3)}`));
	}
	return lines.join('\n');
}

/** The compare mode's run: every site's front page and the baseline, alternating; one table per profile. */
async function compareProfile(
	browser: Browser,
	profile: Profile
): Promise<{ profile: string; sites: Record<string, Sample[]>; baseline: Sample[]; table: string }> {
	const baselineDir = resolve(ROOT, `.tmp/bench-baseline-${profile.name}`);
	prepareBaseline(baselineDir, profile);
	const server = await serve(baselineDir, BASE_PORT, COMPRESS);
	const runs = runsFor(profile);
	const sites: Sample[][] = COMPARE.map(() => []);
	const baseline: Sample[] = [];
	const load0 = loadavg();
	const log = (text: string): boolean => process.stderr.write(`[${profile.name}] ${text} (load ${loadavg()[0]!.toFixed(2)})\n`);
	try {
		// One warm-up load for the browser's own start-up, not one per site: the sites share everything else.
		await measure(browser, 'site-0', profile);
		await measure(browser, 'baseline', profile);
		log('warm-up done');
		for (let r = 0; r < runs; r++) {
			for (let i = 0; i < COMPARE.length; i++) sites[i]!.push(await measure(browser, `site-${i}`, profile));
			baseline.push(await measure(browser, 'baseline', profile));
			log(`run ${r + 1}/${runs} done`);
		}
	} finally {
		server.close();
	}
	const rows: [string, (s: Sample) => number, (n: number) => string][] = [
		['first story text (FCP)', (s) => s.fcp, ms],
		['live map first idle', (s) => s.mapIdle, ms],
		['JS total (gzip)', (s) => s.before.gzip.js + s.after.gzip.js, kb],
		['data before first live frame (gzip)', (s) => s.dataBeforeLive.gzip, kb],
		['first key press → camera moving', (s) => s.key[0] ?? NaN, ms],
		['key press → camera moving', (s) => median(s.key), ms],
		['tap on Next → camera moving', (s) => median(s.tap), ms],
		['scroll to next step → camera moving', (s) => median(s.scroll), ms],
		['INP, worst over every step', (s) => s.inp.worst, inpMs],
		['INP, worst with the map settled', (s) => s.inpSettled.worst, inpMs]
	];
	const W = 24;
	const head = [`compare, ${profile.name}: ${runs} runs, front page ${FRONT_PATH}; medians, and the ratio to the baseline where it has one`];
	head.push(
		`load average before ${load0.map((n) => n.toFixed(2)).join(' ')}, after ${loadavg()
			.map((n) => n.toFixed(2))
			.join(' ')}`,
		''
	);
	head.push(`${'metric'.padEnd(38)} ${[...COMPARE.map((c) => c.label), 'baseline'].map((l) => l.padEnd(W)).join(' ')}`);
	for (const [name, pick, fmt] of rows) {
		const b = stat(baseline, pick).med;
		const cells = sites.map((samples) => {
			const m = stat(samples, pick).med;
			return `${fmt(m)}${Number.isFinite(b) && b > 0 && Number.isFinite(m) ? ` (${(m / b).toFixed(2)}×)` : ''}`.padEnd(W);
		});
		head.push(`${name.padEnd(38)} ${cells.join(' ')} ${fmt(b).padEnd(W)}`);
	}
	return { profile: profile.name, sites: Object.fromEntries(COMPARE.map((c, i) => [c.label, sites[i]!])), baseline, table: head.join('\n') };
}

async function compareMain(): Promise<void> {
	const servers = await Promise.all(COMPARE.map((c, i) => serve(c.dir, APP_PORT + 10 + i, COMPRESS)));
	const browser = await launchBrowser();
	const results = [];
	try {
		for (const profile of PROFILES) {
			const result = await compareProfile(browser, profile);
			results.push(result);
			console.log(`${result.table}\n`);
		}
	} finally {
		await browser.close();
		for (const s of servers) s.close();
	}
	mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
	const name = argValue('--out') ?? 'compare';
	const stamp = new Date().toISOString();
	writeFileSync(resolve(ROOT, `bench/results/${name}.json`), JSON.stringify({ date: stamp, path: FRONT_PATH, sites: COMPARE, results }, null, 2));
	writeFileSync(resolve(ROOT, `bench/results/${name}.txt`), `${stamp}\n\n${results.map((r) => r.table).join('\n\n')}\n`);
}

async function main(): Promise<void> {
	if (COMPARE.length) return compareMain();
	if (BUILD) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
	const site = SITE ? resolve(SITE) : resolve(ROOT, 'build');
	const appServer = await serve(site, APP_PORT, COMPRESS);
	const browser = await launchBrowser();
	const results: ProfileResult[] = [];
	try {
		for (const profile of PROFILES) {
			const result = await runProfile(browser, profile);
			results.push(result);
			// Printed as each profile finishes: a phone run is long.
			console.log(`${result.table}\n`);
		}
	} finally {
		await browser.close();
		appServer.close();
	}
	const shipped = shippedReport(site);
	console.log(shipped);
	mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
	const stamp = new Date().toISOString();
	const name = argValue('--out') ?? 'latest';
	writeFileSync(resolve(ROOT, `bench/results/${name}.json`), JSON.stringify({ date: stamp, path: FRONT_PATH, step: STEP_PAGE, results }, null, 2));
	writeFileSync(resolve(ROOT, `bench/results/${name}.txt`), `${stamp}\n\n${results.map((r) => r.table).join('\n\n')}\n\n${shipped}\n`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
