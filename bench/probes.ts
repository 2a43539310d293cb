// What the benchmark installs in a page before any of its scripts: paint and layout observers, the time of the last
// input of each kind, and Event Timing entries for Interaction to Next Paint. Plus the arithmetic over what they record.

/** The page-side record (window.__perf). Times are in the page's clock (performance.now()). */
export interface PagePerf {
	lcp: number;
	cls: number;
	staticMap: number;
	/** event.timeStamp of the last keydown: when the browser received the key, before any queueing on the main thread. */
	key: number;
	/** event.timeStamp of the last pointerup: a tap or a click ends there, and the button acts on the click that follows. */
	pointer: number;
	/** The scroll position past which the next step crosses the reading line; set by the benchmark before it scrolls. */
	scrollThreshold: number;
	/** event.timeStamp of the first scroll event at or past scrollThreshold: the frame that brings the next step in. */
	scrollCross: number;
	/** Event Timing entries that belong to an interaction (a key, a tap, a click), 16 ms and longer. */
	events: { id: number; name: string; start: number; duration: number; processingStart: number; processingEnd: number }[];
	/** performance.now() at every movestart of the live map. */
	moves: number[];
}

export const PROBES = `
	window.__perf = { lcp: 0, cls: 0, staticMap: 0, key: 0, pointer: 0, scrollThreshold: Infinity, scrollCross: 0, events: [], moves: [] };
	new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; })
		.observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
		.observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (e.identifier === 'static-map' && !window.__perf.staticMap) window.__perf.staticMap = e.renderTime || e.loadTime;
	}).observe({ type: 'element', buffered: true });
	// Interaction to Next Paint, as web-vitals measures it: Event Timing entries with an interactionId, 16 ms and up.
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) {
			if (!e.interactionId) continue;
			window.__perf.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration,
				processingStart: e.processingStart, processingEnd: e.processingEnd });
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	addEventListener('keydown', (e) => { window.__perf.key = e.timeStamp; }, true);
	addEventListener('pointerup', (e) => { window.__perf.pointer = e.timeStamp; }, true);
	addEventListener('scroll', (e) => {
		const p = window.__perf;
		if (!p.scrollCross && window.scrollY >= p.scrollThreshold) p.scrollCross = e.timeStamp;
	}, { capture: true, passive: true });
`;

export interface Interaction {
	/** The interaction's latency: its longest event's duration (input to the next paint, 8 ms granularity). */
	latency: number;
	start: number;
	/** The event types it was made of (keydown, keyup, pointerdown, pointerup, click…). */
	names: string[];
}

/** Groups Event Timing entries into interactions, as INP counts them. */
export function interactionsOf(events: PagePerf['events']): Interaction[] {
	const byId = new Map<number, Interaction>();
	for (const e of events) {
		const i = byId.get(e.id) ?? { latency: 0, start: e.start, names: [] };
		i.latency = Math.max(i.latency, e.duration);
		i.start = Math.min(i.start, e.start);
		if (!i.names.includes(e.name)) i.names.push(e.name);
		byId.set(e.id, i);
	}
	return [...byId.values()].sort((a, b) => a.start - b.start);
}

/**
 * Interaction to Next Paint over a page's life: the worst interaction, and web-vitals' value (the worst, ignoring
 * one in every 50 interactions: the 98th percentile). `count` includes the interactions under 16 ms only if the
 * page's walk says how many it made; otherwise it is the count over 16 ms.
 */
export function inpOf(interactions: Interaction[], made?: number): { worst: number; p98: number; count: number } {
	const latencies = interactions.map((i) => i.latency).sort((a, b) => b - a);
	const count = Math.max(made ?? 0, latencies.length);
	if (!latencies.length) return { worst: 0, p98: 0, count };
	const skip = Math.min(latencies.length - 1, Math.floor(count / 50));
	return { worst: latencies[0]!, p98: latencies[skip]!, count };
}
