// Browser tests in real Chromium (Debian's, never a downloaded one) against the built, prerendered site.
import { defineConfig } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Ports can be moved (TREATY_PREVIEW_PORT, TREATY_HOST_PORT; the two below follow the preview's) so that two checkouts
// can run their suites side by side.
export const PREVIEW_PORT = Number(process.env.TREATY_PREVIEW_PORT || 4173);
/** The publisher's host page for embed tests, on another port: another origin. */
export const HOST_PORT = Number(process.env.TREATY_HOST_PORT || 4174);
/**
 * The same build served as a host that reads its `_headers` file would (the CORS headers a sandboxed frame needs), and
 * as one that ignores it (tests/appServer.mjs; `vite preview` ignores the file but allows any origin). Next to the
 * preview's port unless set.
 */
export const HEADERS_PORT = Number(process.env.TREATY_HEADERS_PORT || PREVIEW_PORT + 2);
export const PLAIN_PORT = Number(process.env.TREATY_PLAIN_PORT || PREVIEW_PORT + 3);
/** The second story's build (the fixture story, tests/fixtures/stories/), served as a static host would. */
export const FIXTURE_PORT = Number(process.env.TREATY_FIXTURE_PORT || PREVIEW_PORT + 4);
export const FIXTURE_BUILD_DIR = 'build-fixture';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	// Measured on a 2-core machine (see tests/README.md): one worker, because WebGL is drawn in software on the CPU.
	workers: 1,
	// A test that fails is redesigned, never retried until it passes.
	retries: 0,
	// Waits are on state and end when it is reached; these bounds only matter on a very busy machine, or a real failure.
	timeout: 180_000,
	expect: { timeout: 30_000 },
	use: {
		// A failure leaves what is needed to see why under test-results/: a trace to open with `npx playwright show-trace`, and a screenshot.
		// (The trace keeps DOM snapshots of every action; its screencast is left out: on software WebGL it costs ~10% of
		// the suite's time, and the failure's own screenshot shows the page.)
		trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true },
		screenshot: 'only-on-failure',
		baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
		viewport: { width: 1024, height: 640 },
		launchOptions: {
			executablePath,
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--disable-quic',
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: [
		{
			// build/ as a static host serves it (a second story's build replaces what `vite preview` would serve).
			command: `node tests/staticServer.mjs build ${PREVIEW_PORT}`,
			url: `http://127.0.0.1:${PREVIEW_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			command: `node tests/staticServer.mjs ${FIXTURE_BUILD_DIR} ${FIXTURE_PORT}`,
			url: `http://127.0.0.1:${FIXTURE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			command: `node tests/appServer.mjs`,
			env: { APP_PORT: String(HEADERS_PORT), APP_PLAIN_PORT: String(PLAIN_PORT) },
			url: `http://127.0.0.1:${HEADERS_PORT}/embed/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			command: `node tests/hostServer.mjs`,
			env: { HOST_PORT: String(HOST_PORT) },
			url: `http://127.0.0.1:${HOST_PORT}/host.html`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
