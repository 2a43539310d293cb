// Serves build/ as a static host that reads the build's `_headers` file would (Netlify, Cloudflare Pages): every
// response gets the headers its path matches (tests/headersFile.mjs). `vite preview` ignores that file, so the browser
// tests use this server wherever the headers matter: the embed in a sandboxed frame with the CORS headers.
// APP_PORT sets the port; APP_HEADERS=0 serves the same files without the file's headers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headersFile.mjs';

const port = Number(process.env.APP_PORT || 4175);
const root = resolve(import.meta.dirname, '..', 'build');
const { rules, problems } = process.env.APP_HEADERS === '0' ? { rules: [], problems: [] } : parseHeadersFile(readFileSync(resolve(root, '_headers'), 'utf8'));
if (problems.length) {
	for (const p of problems) console.error(`build/_headers:${p.line}: ${p.message}`);
	process.exit(1);
}
const serve = sirv(root, { dev: true, extensions: ['html'] });

createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
	serve(req, res, () => {
		res.statusCode = 404;
		res.end('not found');
	});
}).listen(port, '127.0.0.1', () => console.log(`build/ with its _headers on http://127.0.0.1:${port}/`));
