// Where a step change's time goes: loads a page under a profile, waits for the live map to settle, records a Chromium
// performance trace around each of the first key presses, and names what the main thread did between the key and the
// camera's movestart: tasks, style and layout (with the script that forced them), and JavaScript by function (the
// trace's own CPU profile). The raw traces are written to .tmp/ for DevTools or Perfetto.
//   npx tsx bench/trace-step.ts [--page / | /step/<id>/] [--profile phone|desktop] [--presses 2] [--no-build]
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CDPSession, type Page } from '@playwright/test';
import { launchBrowser, serve } from './serve';
import { applyProfile, PROFILES, type ProfileName } from './profiles';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4192;
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const PAGE_PATH = arg('--page', '/');
const PROFILE = PROFILES[arg('--profile', 'phone') as ProfileName];
const PRESSES = Number(arg('--presses', '2'));
const KEY = arg('--key', 'ArrowDown');
/**
 * The CPU slowdown while tracing. Chromium throttles by sleeping the main thread inside V8 interrupts, which the
 * sampling profiler then charges to whichever function the interrupt landed in: for naming functions, trace at 1.
 */
const CPU = Number(arg('--cpu', String(PROFILE.cpuSlowdown)));
/** Press this long after the live map's first idle instead of once it has settled (the old benchmark pressed at 300 ms). */
const AFTER_IDLE_MS = args.includes('--after-idle-ms') ? Number(arg('--after-idle-ms', '300')) : null;
/** Analyse up to the interaction's next paint (its Event Timing duration) rather than up to movestart. */
const TO_PAINT = args.includes('--to-paint');

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.stack',
	'disabled-by-default-devtools.timeline.frame',
	'blink.user_timing',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'latencyInfo',
	'loading'
];

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: Record<string, unknown> & { data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
	const events: TraceEvent[] = [];
	const onData = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]));
	cdp.on('Tracing.dataCollected', onData);
	await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
	await during();
	const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', onData);
	return events;
}

interface CpuNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The renderer's CPU profile samples (ProfileChunk events), as [time (trace µs), leaf node] with the node table. */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): { samples: [number, number][]; nodes: Map<number, CpuNode> } {
	const nodes = new Map<number, CpuNode>();
	const samples: [number, number][] = [];
	const profiles = new Map<string, { start: number; t: number }>();
	for (const e of events) {
		if (e.pid !== pid) continue;
		if (e.name === 'Profile' && e.tid === tid) profiles.set(String(e.id), { start: Number((e.args?.data as { startTime: number }).startTime), t: 0 });
		if (e.name !== 'ProfileChunk') continue;
		const profile = profiles.get(String(e.id));
		if (!profile) continue;
		const data = e.args?.data as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
		for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		ids.forEach((id, i) => {
			profile.t += deltas[i] ?? 0;
			samples.push([profile.start + profile.t, id]);
		});
	}
	return { samples: samples.sort((a, b) => a[0] - b[0]), nodes };
}

const shortUrl = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_app\/immutable\//, '');

function label(node: CpuNode | undefined): string {
	if (!node) return '?';
	const f = node.callFrame;
	const name = f.functionName || '(anonymous)';
	return f.url ? `${name} ${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : name;
}

/** A readable account of the main thread between the key's dispatch and the camera's movestart. */
function analyse(events: TraceEvent[], press: number, durationMs: number): { text: string; keyToMove: number } {
	const main = events.find(
		(e) =>
			e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch')
	);
	if (!main) return { text: 'no renderer main thread in the trace', keyToMove: NaN };
	const { pid, tid } = main;
	const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
	const keydown = onMain.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'keydown');
	const move = onMain.find((e) => e.name === 'bench:movestart' || (e.cat.includes('user_timing') && e.name === 'bench:movestart'));
	if (!keydown || !move) return { text: `press ${press}: ${keydown ? '' : 'no keydown '}${move ? '' : 'no movestart mark '}in the trace`, keyToMove: NaN };
	const t0 = keydown.ts;
	const t1 = TO_PAINT && durationMs ? t0 + durationMs * 1000 : move.ts;
	const lines: string[] = [];
	lines.push(
		`press ${press}: keydown dispatch to movestart: ${((move.ts - t0) / 1000).toFixed(1)} ms on the main thread's clock; the interaction's Event Timing duration (input to next paint): ${durationMs} ms${TO_PAINT ? ' (analysed up to it)' : ''}`
	);

	// Complete events inside the window, with self time (minus their children on the same thread).
	const complete = onMain.filter((e) => e.ph === 'X' && e.ts + (e.dur ?? 0) > t0 && e.ts < t1).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const self = new Map<string, number>();
	const stack: TraceEvent[] = [];
	const selfOf = new Map<TraceEvent, number>();
	for (const e of complete) {
		while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
		const clipped = Math.min(e.ts + (e.dur ?? 0), t1) - Math.max(e.ts, t0);
		selfOf.set(e, clipped);
		const parent = stack[stack.length - 1];
		if (parent) selfOf.set(parent, (selfOf.get(parent) ?? 0) - clipped);
		stack.push(e);
	}
	for (const [e, t] of selfOf) self.set(e.name, (self.get(e.name) ?? 0) + t);
	lines.push(
		'  self time by trace event (ms): ' +
			[...self]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 14)
				.map(([n, t]) => `${n} ${(t / 1000).toFixed(1)}`)
				.join(', ')
	);

	// Top-level tasks in the window.
	const tasks = complete.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 2000);
	lines.push(
		`  tasks over 2 ms: ${tasks.map((t) => `${((t.ts - t0) / 1000).toFixed(0)}+${((t.dur ?? 0) / 1000).toFixed(1)}`).join(', ') || 'none'} (start after keydown + duration, ms)`
	);

	// Style and layout, with what they touched and the script that forced them.
	for (const e of complete.filter((x) => (x.name === 'Layout' || x.name === 'UpdateLayoutTree') && (x.dur ?? 0) > 1000)) {
		const begin = (e.args?.beginData ?? {}) as {
			dirtyObjects?: number;
			totalObjects?: number;
			stackTrace?: { functionName: string; url: string; lineNumber: number }[];
		};
		const data = (e.args?.elementCount !== undefined ? e.args : e.args?.data) as { elementCount?: number } | undefined;
		const what =
			e.name === 'Layout'
				? `${begin.dirtyObjects ?? '?'} of ${begin.totalObjects ?? '?'} objects`
				: `${data?.elementCount ?? (e.args as { elementCount?: number })?.elementCount ?? '?'} elements`;
		const by = begin.stackTrace?.[0] ?? (e.args?.beginData as { stackTrace?: { functionName: string; url: string; lineNumber: number }[] })?.stackTrace?.[0];
		const forced = by ? ` forced by ${by.functionName || '(anonymous)'} ${shortUrl(by.url)}:${by.lineNumber + 1}` : '';
		lines.push(`  ${e.name} at +${((e.ts - t0) / 1000).toFixed(1)} ms: ${((e.dur ?? 0) / 1000).toFixed(1)} ms, ${what}${forced}`);
	}
	for (const e of complete.filter((x) => /Decode|Paint|Raster|Compile|ParseHTML|EvaluateScript|v8\.compile/.test(x.name) && (x.dur ?? 0) > 1000))
		lines.push(
			`  ${e.name} at +${((e.ts - t0) / 1000).toFixed(1)} ms: ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args?.data ?? {}).slice(0, 160)}`
		);

	// JavaScript by function: self samples and inclusive samples in the window.
	const { samples, nodes } = cpuSamples(events, pid, tid);
	const inWindow = samples.filter(([t]) => t >= t0 && t < t1);
	if (inWindow.length) {
		const interval = (t1 - t0) / Math.max(1, inWindow.length);
		const selfBy = new Map<string, number>();
		const inclusiveBy = new Map<string, number>();
		for (const [, id] of inWindow) {
			const leaf = nodes.get(id);
			selfBy.set(label(leaf), (selfBy.get(label(leaf)) ?? 0) + 1);
			const seen = new Set<string>();
			for (let n: CpuNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
				const l = label(n);
				if (seen.has(l)) continue;
				seen.add(l);
				inclusiveBy.set(l, (inclusiveBy.get(l) ?? 0) + 1);
			}
		}
		const fmt = (m: Map<string, number>, k: number): string =>
			[...m]
				.filter(([l]) => !/^\((root|program|idle)\)/.test(l))
				.sort((a, b) => b[1] - a[1])
				.slice(0, k)
				.map(([l, n]) => `\n      ${((n * interval) / 1000).toFixed(1).padStart(6)} ms  ${l}`)
				.join('');
		lines.push(`  JS samples in the window: ${inWindow.length} (about ${(interval / 1000).toFixed(2)} ms each, the throttled clock)`);
		lines.push(`    self time, top functions:${fmt(selfBy, 14)}`);
		lines.push(`    inclusive time, top functions:${fmt(inclusiveBy, 24)}`);
	}
	return { text: lines.join('\n'), keyToMove: (t1 - t0) / 1000 };
}

async function settle(page: Page): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('treaty-map:map-first-idle').length > 0, undefined, { timeout: 120_000 });
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const map = window.__treatyMap;
				if (!map || (!map.isMoving() && map.loaded())) done();
				else map.once('idle', () => done());
				setTimeout(done, 20_000);
			})
	);
	await page.waitForTimeout(1000);
}

async function main(): Promise<void> {
	if (!args.includes('--no-build')) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
	const server = await serve(resolve(ROOT, 'build'), PORT, false);
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext(PROFILE.context);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await applyProfile(cdp, { ...PROFILE, cpuSlowdown: CPU });
		await page.addInitScript(`
			window.__events = [];
			new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration }); })
				.observe({ type: 'event', durationThreshold: 16, buffered: true });
		`);
		await page.goto(`http://127.0.0.1:${PORT}${PAGE_PATH}`, { waitUntil: 'load', timeout: 120_000 });
		if (AFTER_IDLE_MS === null) await settle(page);
		else {
			await page.waitForFunction(() => performance.getEntriesByName('treaty-map:map-first-idle').length > 0, undefined, { timeout: 120_000 });
			await page.waitForFunction((ms) => performance.now() >= performance.getEntriesByName('treaty-map:map-first-idle')[0]!.startTime + ms, AFTER_IDLE_MS);
		}
		await page.evaluate(() => window.__treatyMap?.on('movestart', () => performance.mark('bench:movestart')));
		mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
		const slug = `${PROFILE.name}-cpu${CPU}${PAGE_PATH.replace(/\//g, '_')}`;
		for (let press = 1; press <= PRESSES; press++) {
			const since = await page.evaluate(() => performance.now());
			const events = await trace(cdp, async () => {
				// V8 starts the trace's CPU profiler inside the first JavaScript that runs after tracing begins, logging every
				// compiled function (over 100 ms with MapLibre loaded): let that land on this, not on the key's handler.
				await page.evaluate(() => 0);
				if (AFTER_IDLE_MS === null) await page.waitForTimeout(500);
				await page.keyboard.press(KEY);
				await page.waitForFunction(() => performance.getEntriesByName('bench:movestart').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
				await page.waitForTimeout(TO_PAINT ? 2500 : 500);
			});
			const duration = await page.evaluate(
				(t) =>
					Math.max(
						0,
						...(window as unknown as { __events: { start: number; duration: number }[] }).__events.filter((e) => e.start >= t).map((e) => e.duration)
					),
				since
			);
			const file = resolve(ROOT, `.tmp/trace-${slug}-press${press}.json`);
			writeFileSync(file, JSON.stringify({ traceEvents: events }));
			const { text } = analyse(events, press, duration);
			console.log(`${text}\n  trace: ${file}\n`);
			await page.evaluate(() => performance.clearMarks('bench:movestart'));
			await settle(page);
		}
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
