// Vite config: SvelteKit, unit tests beside their modules, and a build that refuses bad story or geo data.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173, strictPort: false },
	// geo/ layers stay files of their own (cached, fetched after the text), never inlined as data: URLs.
	build: { assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined) },
	test: {
		include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
