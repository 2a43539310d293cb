// Serves tests/fixtures/ (the publisher's host pages) on its own port: a different origin from the app. A test can also
// put a page of its own under /pages/ (PUT /pages/<name>.html, then GET it): a page the browser loads from this
// server, as a publisher's would be (a page fulfilled by the test runner itself counts as a public page, from which
// Chromium refuses to frame this machine's servers).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const port = Number(process.env.HOST_PORT || 4174);
const serve = sirv(resolve(import.meta.dirname, 'fixtures'), { dev: true });
/** @type {Map<string, string>} */
const pages = new Map();
const PAGE_PATH = /^\/pages\/[a-z0-9-]+\.html$/;

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (PAGE_PATH.test(path) && req.method === 'PUT') {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			pages.set(path, body);
			res.statusCode = 204;
			res.end();
		});
		return;
	}
	const page = PAGE_PATH.test(path) ? pages.get(path) : undefined;
	if (page !== undefined) {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(page);
		return;
	}
	serve(req, res, () => ((res.statusCode = 404), res.end('not found')));
}).listen(port, '127.0.0.1', () => console.log(`host fixtures on http://127.0.0.1:${port}/`));
