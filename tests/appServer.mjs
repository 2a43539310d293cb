// Serves build/ as a static host that reads the build's `_headers` file would (Netlify, Cloudflare Pages): every
// response gets the headers its path matches (tests/headersFile.mjs), on APP_PORT. On APP_PLAIN_PORT it serves the same
// files as a host that ignores the file (GitHub Pages, a bare bucket). `vite preview` is neither: it ignores the file
// but answers every request with Access-Control-Allow-Origin: *. The browser tests use these two wherever the headers
// matter: the embed in a sandboxed frame, with and without the CORS headers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headersFile.mjs';

const port = Number(process.env.APP_PORT || 4175);
const plainPort = Number(process.env.APP_PLAIN_PORT || port + 1);
const root = resolve(import.meta.dirname, '..', 'build');
const { rules, problems } = parseHeadersFile(readFileSync(resolve(root, '_headers'), 'utf8'));
if (problems.length) {
	for (const p of problems) console.error(`build/_headers:${p.line}: ${p.message}`);
	process.exit(1);
}
const serve = sirv(root, { dev: true, extensions: ['html'] });

/** @param {boolean} withHeaders */
function server(withHeaders) {
	return createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (withHeaders) for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
}

server(true).listen(port, '127.0.0.1', () => console.log(`build/ with its _headers on http://127.0.0.1:${port}/`));
server(false).listen(plainPort, '127.0.0.1', () => console.log(`build/ without them on http://127.0.0.1:${plainPort}/`));
