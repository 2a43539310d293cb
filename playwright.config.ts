// Browser tests in real Chromium (Debian's, never a downloaded one) against the built, prerendered site.
import { defineConfig } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const PREVIEW_PORT = 4173;
/** The publisher's host page for embed tests, on another port: another origin. */
export const HOST_PORT = 4174;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
		viewport: { width: 1280, height: 800 },
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
			command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
			url: `http://127.0.0.1:${PREVIEW_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
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
