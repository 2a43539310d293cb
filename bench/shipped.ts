// What the build ships to a browser: every JavaScript file with its raw and gzip size, which page load needs it, and
// how much of MapLibre's worker repeats code that its main bundle already carries (read from MapLibre's own source
// maps: the app's map chunk is Vite's re-minified copy of maplibre-gl.mjs, the worker is copied as it is).
//   npx tsx bench/shipped.ts [build dir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

interface ManifestChunk {
	file: string;
	src?: string;
	name?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
}

export interface ShippedFile {
	file: string;
	raw: number;
	gzip: number;
	/** What it is: the manifest's module for a named chunk, or "shared chunk". */
	what: string;
	/** 'first load' (the front page's entry and its static imports), 'map' (loaded after the first paint), or 'other'. */
	when: 'first load' | 'map' | 'worker' | 'other';
	/** Whether the front page's HTML preloads it (a first-load file it does not preload is a request waterfall). */
	preloaded: boolean;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Every JS file under the build, sized, and placed by the Vite manifest (which file the front page loads first, which later). */
export function shippedFiles(buildDir: string): ShippedFile[] {
	const manifestPath = resolve(ROOT, '.svelte-kit/output/client/.vite/manifest.json');
	const manifest: Record<string, ManifestChunk> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
	const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, chunk }]));
	// The front page's first load: the app entry, the start entry, the layout and page nodes, and their static imports.
	const firstLoad = new Set<string>();
	const visit = (key: string): void => {
		const chunk = manifest[key];
		if (!chunk || firstLoad.has(chunk.file)) return;
		firstLoad.add(chunk.file);
		for (const i of chunk.imports ?? []) visit(i);
	};
	for (const key of Object.keys(manifest)) if (/client\/entry\.js$|client-optimized\/app\.js$|nodes\/[02]\.js$/.test(key)) visit(key);
	const mapLoad = new Set<string>();
	const visitMap = (key: string): void => {
		const chunk = manifest[key];
		if (!chunk || firstLoad.has(chunk.file) || mapLoad.has(chunk.file)) return;
		mapLoad.add(chunk.file);
		for (const i of chunk.imports ?? []) visitMap(i);
	};
	for (const key of Object.keys(manifest)) if (/src\/lib\/map\/(StoryMap|Inset)\.svelte$/.test(key)) visitMap(key);

	const html = existsSync(join(buildDir, 'index.html')) ? readFileSync(join(buildDir, 'index.html'), 'utf8') : '';
	return walk(buildDir)
		.filter((f) => /\.m?js$/.test(f))
		.map((path) => {
			const file = relative(buildDir, path);
			const body = readFileSync(path);
			const entry = byFile.get(file);
			const what = entry ? (entry.chunk.src ?? entry.key) : file === 'embed.js' ? 'the embed script (host pages)' : 'shared chunk';
			const when: ShippedFile['when'] = /maplibre-gl-worker/.test(file) ? 'worker' : firstLoad.has(file) ? 'first load' : mapLoad.has(file) ? 'map' : 'other';
			return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, what, when, preloaded: html.includes(file) };
		})
		.sort((a, b) => b.raw - a.raw);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's mappings into, per generated line, [column, source index] pairs. */
function decodeMappings(mappings: string): [number, number][][] {
	const lines: [number, number][][] = [];
	let source = 0;
	for (const line of mappings.split(';')) {
		const segments: [number, number][] = [];
		let column = 0;
		for (const segment of line.split(',')) {
			if (!segment) continue;
			const values: number[] = [];
			let value = 0;
			let shift = 0;
			for (const ch of segment) {
				const digit = BASE64.indexOf(ch);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					values.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			column += values[0]!;
			if (values.length >= 4) {
				source += values[1]!;
				segments.push([column, source]);
			} else segments.push([column, -1]);
		}
		lines.push(segments);
	}
	return lines;
}

/** The generated text of a bundle, split by the source module each character came from (by its source map). */
export function textBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const lines = code.split('\n');
	decodeMappings(map.mappings).forEach((segments, i) => {
		const text = lines[i] ?? '';
		segments.forEach(([column, source], j) => {
			const end = segments[j + 1]?.[0] ?? text.length;
			const name = source >= 0 ? map.sources[source]! : '(unmapped)';
			const parts = out.get(name) ?? [];
			parts.push(text.slice(column, end));
			out.set(name, parts);
		});
	});
	return out;
}

/** A source's package, for a readable summary: "@maplibre/maplibre-gl-style-spec", "earcut", or MapLibre's own "src/…" folder. */
function packageOf(source: string): string {
	const nm = source.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = source.slice(nm + 'node_modules/'.length).split('/');
		return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
	}
	const src = source.match(/(?:^|\/)src\/([^/]+)/);
	return src ? `maplibre-gl src/${src[1]}` : source;
}

export interface Duplication {
	mainRaw: number;
	workerRaw: number;
	/** Bytes of the worker that come from modules the main bundle carries too, raw and gzip. */
	sharedRaw: number;
	sharedGzip: number;
	/** The same bytes, by package. */
	byPackage: { name: string; raw: number }[];
}

/** How much of maplibre-gl-worker.mjs repeats modules that maplibre-gl.mjs carries. */
export function maplibreDuplication(dist = resolve(ROOT, 'node_modules/maplibre-gl/dist')): Duplication | null {
	const read = (name: string): { code: string; map: { sources: string[]; mappings: string } } | null => {
		const path = join(dist, name);
		if (!existsSync(path) || !existsSync(`${path}.map`)) return null;
		return { code: readFileSync(path, 'utf8'), map: JSON.parse(readFileSync(`${path}.map`, 'utf8')) };
	};
	const main = read('maplibre-gl.mjs');
	const worker = read('maplibre-gl-worker.mjs');
	if (!main || !worker) return null;
	const mainBy = textBySource(main.code, main.map);
	const workerBy = textBySource(worker.code, worker.map);
	const shared: string[] = [];
	const byPackage = new Map<string, number>();
	for (const [source, parts] of workerBy) {
		if (source === '(unmapped)' || !mainBy.has(source)) continue;
		const text = parts.join('');
		shared.push(text);
		byPackage.set(packageOf(source), (byPackage.get(packageOf(source)) ?? 0) + text.length);
	}
	const sharedText = shared.join('');
	return {
		mainRaw: main.code.length,
		workerRaw: worker.code.length,
		sharedRaw: sharedText.length,
		sharedGzip: gzipSync(sharedText, { level: 9 }).length,
		byPackage: [...byPackage].map(([name, raw]) => ({ name, raw })).sort((a, b) => b.raw - a.raw)
	};
}

export function shippedReport(buildDir: string): string {
	const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
	const files = shippedFiles(buildDir);
	const lines = ['what the build ships (JavaScript):', `  ${'file'.padEnd(56)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  when        what`];
	for (const f of files) lines.push(`  ${f.file.padEnd(56)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}  ${f.when.padEnd(11)} ${f.what}`);
	const sum = (when: ShippedFile['when']): [number, number] =>
		files.filter((f) => f.when === when).reduce<[number, number]>(([r, g], f) => [r + f.raw, g + f.gzip], [0, 0]);
	for (const when of ['first load', 'map', 'worker', 'other'] as const) {
		const [raw, gzip] = sum(when);
		lines.push(`  total, ${when.padEnd(10)}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
	}
	const late = files.filter((f) => f.when === 'first load' && !f.preloaded);
	if (late.length)
		lines.push(
			`  imported by the front page's first load but not preloaded by its HTML (fetched only once the importing module has arrived): ${late.map((f) => `${f.file} (${kb(f.gzip)} gzip)`).join(', ')}`
		);
	const dup = maplibreDuplication();
	if (dup) {
		lines.push(
			'',
			`MapLibre main bundle (maplibre-gl.mjs, ${kb(dup.mainRaw)}) and worker (maplibre-gl-worker.mjs, ${kb(dup.workerRaw)}):`,
			`  ${kb(dup.sharedRaw)} raw (${kb(dup.sharedGzip)} gzip) of the worker comes from modules the main bundle carries too (${((100 * dup.sharedRaw) / dup.workerRaw).toFixed(0)}% of the worker), by package:`
		);
		for (const p of dup.byPackage.slice(0, 12)) lines.push(`    ${p.name.padEnd(40)} ${kb(p.raw).padStart(10)}`);
	}
	const v5 = files.filter((f) => /maplibre-gl-csp|maplibre-gl\.js$/.test(basename(f.file)));
	lines.push(
		'',
		v5.length
			? `  MapLibre 5's UMD build is shipped too: ${v5.map((f) => f.file).join(', ')}`
			: `  MapLibre 5's UMD build (the baseline's) is not in the build.`
	);
	return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	console.log(shippedReport(resolve(process.argv[2] ?? resolve(ROOT, 'build'))));
}
