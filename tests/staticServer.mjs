// Serves a built site (adapter-static's output) as a plain static host would: /embed is embed.html, /step/x/ is
// step/x/index.html, anything else missing is a 404. The tests build a second story into its own folder and serve it
// here, beside the default story's preview server.
//   node tests/staticServer.mjs <folder> <port>
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const [dir = 'build', port = '4175'] = process.argv.slice(2);
const root = resolve(dir);
if (!existsSync(root)) {
	console.error(`staticServer: ${root} does not exist (build the site into it first)`);
	process.exit(1);
}
const serve = sirv(root, { dev: true, extensions: ['html'] });
createServer((req, res) => serve(req, res, () => ((res.statusCode = 404), res.end('not found')))).listen(Number(port), '127.0.0.1', () =>
	console.log(`${dir} on http://127.0.0.1:${port}/`)
);
