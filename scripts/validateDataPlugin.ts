// The check that refuses to build (or serve) bad data: geo/ and the story, at build start.
import type { Plugin } from 'vite';
import { checkData, COMMITTED_STORY, type StoryData } from './checkData';
import { GEO_DIR } from './geoFiles';

/** Every problem with the data, as printable lines: checkData, or a stand-in in tests. */
export type DataCheck = () => string[];

/** The build-stopping message for these problems, or null when there are none. */
export function dataProblemsMessage(problems: readonly string[]): string | null {
	return problems.length ? `treaty-map: the data is invalid:\n  ${problems.join('\n  ')}` : null;
}

/** What vite.config.ts runs: the committed story against the committed layers. */
export async function buildStartProblems(): Promise<string | null> {
	return dataProblemsMessage(checkData());
}

/** The check as a Vite plugin over any story and folder (usable in other configs): `check` defaults to checkData. */
export function validateData(story: StoryData = COMMITTED_STORY, dir: string = GEO_DIR, check: DataCheck = () => checkData(story, dir)): Plugin {
	return {
		name: 'treaty-map:validate-data',
		buildStart() {
			const message = dataProblemsMessage(check());
			if (message) this.error(message);
		}
	};
}
