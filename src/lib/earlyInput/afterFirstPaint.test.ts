import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './afterFirstPaint';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

/** A PerformanceObserver stand-in whose `paint()` delivers a first-paint entry to every observer. */
function stubPaintTiming(supported: string[]) {
	const observers: ((list: { getEntries: () => unknown[] }) => void)[] = [];
	let disconnected = 0;
	class FakeObserver {
		static supportedEntryTypes = supported;
		constructor(private callback: (list: { getEntries: () => unknown[] }) => void) {}
		observe() {
			observers.push(this.callback);
		}
		disconnect() {
			disconnected++;
		}
	}
	vi.stubGlobal('PerformanceObserver', FakeObserver);
	return {
		paint: () => observers.forEach((cb) => cb({ getEntries: () => [{ name: 'first-paint' }] })),
		disconnected: () => disconnected
	};
}

describe('afterFirstPaint', () => {
	it('waits for the first paint entry, not for a timer', async () => {
		vi.useFakeTimers();
		const timing = stubPaintTiming(['paint']);
		let done = false;
		void afterFirstPaint(1000).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(500);
		expect(done).toBe(false);
		timing.paint();
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
		expect(timing.disconnected()).toBe(1);
	});

	it('gives up waiting after maxWaitMs where no frame comes (a background tab)', async () => {
		vi.useFakeTimers();
		stubPaintTiming(['paint']);
		let done = false;
		void afterFirstPaint(1000).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(999);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toBe(true);
	});

	it('without paint timing, resolves just after the next animation frame', async () => {
		vi.useFakeTimers();
		stubPaintTiming([]);
		const frames: (() => void)[] = [];
		vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
		let done = false;
		void afterFirstPaint(1000).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(10);
		expect(done).toBe(false);
		frames.forEach((f) => f());
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});
});
