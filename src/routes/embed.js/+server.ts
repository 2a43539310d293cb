// /embed.js: the host-side embed script (src/lib/embed/embedScript.ts), bundled and minified by esbuild at prerender.
// esbuild runs only here, on Node, during the build (and per request in dev); it never reaches the client bundle.
import { resolve } from 'node:path';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Host pages may be read in older browsers than the app needs; esbuild lowers `??`, `?.` and the like to this. */
const EMBED_SCRIPT_TARGET = 'es2018';

async function bundleEmbedScript(): Promise<string> {
	const { build } = await import('esbuild');
	// Vite builds and prerenders from the project root, so the source is found from the working directory.
	const dir = resolve('src/lib/embed');
	const result = await build({
		stdin: { contents: "import { boot } from './embedScript';\nboot();\n", resolveDir: dir, sourcefile: 'embed.js', loader: 'ts' },
		bundle: true,
		write: false,
		format: 'iife',
		minify: true,
		legalComments: 'none',
		target: EMBED_SCRIPT_TARGET,
		platform: 'browser',
		logLevel: 'silent'
	});
	const code = result.outputFiles[0]?.text;
	if (!code) throw new Error('embed.js: esbuild produced no output');
	return `/* treaty-map embed.js: see docs/embedding.md */\n${code}`;
}

export const GET: RequestHandler = async () =>
	new Response(await bundleEmbedScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
