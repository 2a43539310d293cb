// Which story folder the build, the checks and the benchmark use: STORY's, else the default story.

/** The story the site is built from when STORY is not set. */
export const DEFAULT_STORY_DIR = 'content/stories/japan-russia-chill-2018';

export function storyDir(env: Record<string, string | undefined> = process.env): string {
	return env.STORY?.trim() || DEFAULT_STORY_DIR;
}
