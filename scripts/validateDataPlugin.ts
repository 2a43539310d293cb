// The check that refuses to build (or serve) bad data: geo/ and the story, at build start.
import type { Plugin } from 'vite';
import { checkData } from './checkData';
import { GEO_DIR } from './geoFiles';

/** The build-stopping message for this story and geo folder, or null when the data is valid. */
export function dataProblemsMessage(story: unknown, dir: string = GEO_DIR): string | null {
	const problems = checkData(story, dir);
	return problems.length ? `treaty-map: the data is invalid:\n  ${problems.join('\n  ')}` : null;
}

/** What vite.config.ts runs: the committed story against the committed layers. */
export async function buildStartProblems(): Promise<string | null> {
	const { story } = await import('../src/lib/story/story');
	return dataProblemsMessage(story);
}

/** The same check as a Vite plugin over any story and folder (used by the tests, and usable in other configs). */
export function validateData(story: unknown, dir: string = GEO_DIR): Plugin {
	return {
		name: 'treaty-map:validate-data',
		buildStart() {
			const message = dataProblemsMessage(story, dir);
			if (message) this.error(message);
		}
	};
}
