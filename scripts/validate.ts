// `npm run validate`: checks a story folder (every file, and every reference across files) and prints each problem
// with its file, line and field; exits 1 on any. The story is STORY's folder, or the default one.
//   npm run validate [-- <story folder>]
import { formatContentError } from '../src/lib/files/contentError';
import { loadStory } from '../src/lib/story/content/loadStory';
import { storyDir } from './storyDir';

const dir = process.argv[2] ?? storyDir();
const { story, errors } = loadStory(dir);
if (errors.length > 0) {
	for (const e of errors) console.error(formatContentError(e));
	console.error(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}`);
	process.exit(1);
}
console.log(
	`OK: ${dir}: ${story!.languages.join(', ')}; ${Object.values(story!.stories)[0]!.steps.length} steps; layers ${Object.keys(story!.layers).join(', ')}`
);
