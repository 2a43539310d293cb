// Resolves once the browser has put the page's first frame on screen (or after `maxWaitMs`, where frames are
// throttled: a background tab, an offscreen iframe). Work started after it never delays the first paint of the
// prerendered page. A frame callback is not enough: on a busy machine the frame is rastered and presented well after
// it, and MapLibre's code (about 0.6 s of main thread on a slow machine) started then pushes the paint back by as much.
export function afterFirstPaint(maxWaitMs = 1000): Promise<void> {
	return new Promise((done) => {
		let observer: PerformanceObserver | undefined;
		const finish = (): void => {
			clearTimeout(timer);
			observer?.disconnect();
			done();
		};
		const timer = setTimeout(finish, maxWaitMs);
		if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
			// Paint timing entries arrive once the frame has been presented; `buffered` replays one already painted.
			observer = new PerformanceObserver((list) => {
				if (list.getEntries().length) finish();
			});
			observer.observe({ type: 'paint', buffered: true });
		} else {
			// Without paint timing: just after the next frame's work on this thread.
			requestAnimationFrame(() => setTimeout(finish, 0));
		}
	});
}
