// The Vite plugin that makes a story folder the site's content. It serves two virtual modules:
//   virtual:treaty-map/story      the story, read and checked (loadStory): imported by build-time (server) code only
//   virtual:treaty-map/data-urls  the URLs of the map's data files (the basemap and the story's layers), as assets
//   virtual:treaty-map/languages  the story's languages and their pages' prefixes (the router's matcher reads them)
// A bad file stops the build with every error of the first bad file (file:line:column, step, field, what was
// expected). In `npm run dev`, saving a file of the story reloads the open page; a bad save shows its errors in the
// browser (Vite's overlay) and the terminal, and the next good save brings the page back.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { contentErrorReport, firstBadFile, formatContentError, type ContentError } from '../src/lib/files/contentError';
import { loadStory, type LoadedStory } from '../src/lib/story/content/loadStory';

export const STORY_MODULE = 'virtual:treaty-map/story';
export const DATA_URLS_MODULE = 'virtual:treaty-map/data-urls';
export const LANGUAGES_MODULE = 'virtual:treaty-map/languages';
/** The bundled offline basemap's layers, in basemap/ (npm run geo makes them). */
export const BASEMAP_LAYERS = ['land', 'borders', 'world'] as const;
export const BASEMAP_DIR = 'basemap';

const resolved = (id: string): string => `\0${id}`;

export function storyContent(options: { dir: string }): Plugin {
	const dir = resolve(options.dir);
	let current: { story?: LoadedStory; errors: ContentError[] } | null = null;
	const load = (): { story?: LoadedStory; errors: ContentError[] } => (current ??= loadStory(dir));

	return {
		name: 'treaty-map:story-content',
		enforce: 'pre',
		buildStart() {
			current = null;
			const { errors } = load();
			// Stop the build before anything is bundled: one bad file, every one of its errors.
			if (errors.length && this.environment?.mode !== 'dev') this.error(contentErrorReport(errors)!);
		},
		resolveId(id) {
			if (id === STORY_MODULE || id === DATA_URLS_MODULE || id === LANGUAGES_MODULE) return resolved(id);
			return null;
		},
		load(id) {
			if (id === resolved(STORY_MODULE)) {
				const { story, errors } = load();
				if (!story) {
					const bad = firstBadFile(errors)!;
					const first = bad.errors[0]!;
					this.error({
						message: contentErrorReport(errors)!,
						id: first.file,
						loc: { file: resolve(first.file), line: first.line ?? 1, column: (first.column ?? 1) - 1 }
					});
				}
				for (const f of story!.files) this.addWatchFile(resolve(f));
				return `export default ${JSON.stringify(story)};`;
			}
			if (id === resolved(LANGUAGES_MODULE)) {
				const { story } = load();
				const languages = story ? Object.values(story.stories)[0]!.languages : [];
				return `export default ${JSON.stringify(languages)};`;
			}
			if (id === resolved(DATA_URLS_MODULE)) {
				const { story } = load();
				const files: [string, string][] = BASEMAP_LAYERS.map((l) => [l, resolve(BASEMAP_DIR, `${l}.geojson`)]);
				const layerFiles = story ? Object.entries(story.layerFiles) : [];
				for (const [layer, file] of layerFiles) files.push([layer, file]);
				const missing = files.filter(([, f]) => !existsSync(f));
				if (missing.length)
					this.error(`treaty-map: data files not found: ${missing.map(([, f]) => relative(process.cwd(), f)).join(', ')} (npm run geo makes the basemap)`);
				return [
					...files.map(([, f], i) => `import u${i} from ${JSON.stringify(`${f}?url`)};`),
					`export default { ${files.map(([layer], i) => `${JSON.stringify(layer)}: u${i}`).join(', ')} };`
				].join('\n');
			}
			return null;
		},
		configureServer(server) {
			server.watcher.add(dir);
			const reload = (file: string): void => {
				if (!file.startsWith(dir)) return;
				current = null;
				const { errors } = load();
				invalidate(server);
				if (errors.length) {
					const report = contentErrorReport(errors)!;
					server.config.logger.error(report, { timestamp: true });
					const first = firstBadFile(errors)!.errors[0]!;
					server.ws.send({
						type: 'error',
						err: {
							message: report,
							stack: '',
							id: first.file,
							plugin: 'treaty-map:story-content',
							loc: { file: resolve(first.file), line: first.line ?? 1, column: first.column ?? 1 },
							frame: errors
								.filter((e) => e.file === first.file)
								.map(formatContentError)
								.join('\n')
						}
					});
				} else {
					server.config.logger.info(`treaty-map: ${relative(process.cwd(), file)} changed: the story is valid; reloading`, { timestamp: true });
					server.ws.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		}
	};
}

/** Drops the story's modules (and what imports them) from every environment's module graph, so the next request reloads it. */
function invalidate(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		for (const id of [resolved(STORY_MODULE), resolved(DATA_URLS_MODULE), resolved(LANGUAGES_MODULE)]) {
			const mod = environment.moduleGraph.getModuleById(id);
			if (mod) environment.moduleGraph.invalidateModule(mod, new Set(), Date.now(), true);
		}
	}
}
