// Serves tests/fixtures/ (the publisher's host page) on its own port: a different origin from the app.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const port = Number(process.env.HOST_PORT || 4174);
const serve = sirv(resolve(import.meta.dirname, 'fixtures'), { dev: true });
createServer((req, res) => serve(req, res, () => ((res.statusCode = 404), res.end('not found')))).listen(port, '127.0.0.1', () =>
	console.log(`host fixtures on http://127.0.0.1:${port}/`)
);
