// What every bench tool does before it measures: serve a build as a static host would (gzip when asked, as Netlify and
// Cloudflare Pages do), and start the Chromium it measures in (SwiftShader, as the tests).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import sirv from 'sirv';

/** Text files a static host compresses on the way out. A PMTiles archive is read in ranges and is not among them. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|xml|txt)$/;

/** Writes a .gz beside each compressible file, for sirv to send when the browser accepts gzip (as a host would). */
function precompress(dir: string): void {
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
		const path = resolve(entry.parentPath, entry.name);
		writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
	}
}

/** Serves `dir` on 127.0.0.1:`port`, compressed or as the files are. */
export function serve(dir: string, port: number, compress: boolean): Promise<Server> {
	if (compress) precompress(dir);
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: compress });
	const server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		})
	);
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** The Chromium the bench measures in: Debian's (or $CHROMIUM_PATH), WebGL through SwiftShader, no background traffic. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-sandbox', '--disable-background-networking']
	});
}
