// Brings a step to the reading line (the same line trackActiveStep watches), instantly or smoothly.
import { WIDE_QUERY } from '../layout/layout';
import { READING_LINE_NARROW, READING_LINE_WIDE } from './trackActiveStep';

/** How long a smooth scroll may take before tracking resumes anyway, in ms (if no scrollend arrives). */
const SCROLL_SETTLE_MAX_MS = 1500;

/**
 * Scrolls so the step's middle sits on the reading line, but never tucks its top under the map (phones) or
 * above the viewport. Resolves when the scroll has settled.
 */
export function scrollToStep(el: HTMLElement, smooth: boolean, topInsetPx = 0): Promise<void> {
	const wide = window.matchMedia(WIDE_QUERY).matches;
	const vh = window.innerHeight;
	const line = vh * (wide ? READING_LINE_WIDE : READING_LINE_NARROW);
	const rect = el.getBoundingClientRect();
	let delta = rect.top + Math.min(rect.height / 2, line - topInsetPx - 12) - line;
	if (rect.top - delta < topInsetPx + 12) delta = rect.top - topInsetPx - 12;
	const top = Math.max(0, window.scrollY + delta);
	if (Math.abs(window.scrollY - top) < 1) return Promise.resolve();
	return new Promise((resolve) => {
		let done = false;
		const finish = (): void => {
			if (done) return;
			done = true;
			window.removeEventListener('scrollend', finish);
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(finish, smooth ? SCROLL_SETTLE_MAX_MS : 50);
		window.addEventListener('scrollend', finish);
		window.scrollTo({ top, behavior: smooth ? 'smooth' : 'instant' });
	});
}
