// Scroll tracking: the step crossing the reading line is the active one. An IntersectionObserver against the
// viewport (which is the frame's own inside an iframe), never a window scroll listener; disconnected on cleanup.
import type { Attachment } from 'svelte/attachments';
import { WIDE_QUERY } from '../layout/layout';

/** Where the reading line sits, as a share of the viewport height from the top, on wide and narrow layouts. */
export const READING_LINE_WIDE = 0.5;
/** On phones the map takes the top of the screen, so the line sits in the middle of the text below it. */
export const READING_LINE_NARROW = 0.6;

export interface TrackOptions {
	/** Called with the index (in document order) of the step crossing the reading line. */
	onactive: (index: number) => void;
	/** While true (a programmatic scroll is under way), crossings are not reported. */
	paused: () => boolean;
}

export function trackActiveStep({ onactive, paused }: TrackOptions): Attachment<HTMLElement> {
	return (node) => {
		const steps = Array.from(node.querySelectorAll<HTMLElement>('[data-step-id]'));
		const wide = window.matchMedia(WIDE_QUERY);
		let observer: IntersectionObserver | null = null;

		const connect = (): void => {
			observer?.disconnect();
			const line = wide.matches ? READING_LINE_WIDE : READING_LINE_NARROW;
			const top = Math.round(line * 100);
			observer = new IntersectionObserver(
				(entries) => {
					if (paused()) return;
					// Of the steps now crossing the line, the last in document order wins (there is at most one unless they overlap).
					const crossing = entries.filter((e) => e.isIntersecting).map((e) => steps.indexOf(e.target as HTMLElement));
					if (crossing.length) onactive(Math.max(...crossing));
				},
				{ rootMargin: `-${top}% 0px -${100 - top}% 0px`, threshold: 0 }
			);
			for (const step of steps) observer.observe(step);
		};

		connect();
		wide.addEventListener('change', connect);
		return () => {
			wide.removeEventListener('change', connect);
			observer?.disconnect();
		};
	};
}
