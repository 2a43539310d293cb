// ESLint: JavaScript's and TypeScript's recommended rules, Svelte's, and the house rules of STYLE.md that a linter can
// check. Formatting is Prettier's (npm run format), so no rule here is about layout.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', '.tmp/', 'bench/baseline/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// STYLE.md: no `any`.
			'@typescript-eslint/no-explicit-any': 'error',
			// Deliberately unused names start with an underscore (a destructured field left out, say).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// STYLE.md: never let a `* as turf` namespace escape; import single Turf modules.
			'no-restricted-imports': ['error', { patterns: [{ group: ['@turf/turf'], message: 'Import the single @turf/<function> module.' }] }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// Links inside the app go through SvelteKit's resolve(); these are the explainer's own, written in full on purpose:
		// external sources, and the embed's link to the full story in the top window.
		files: ['src/lib/components/**/*.svelte'],
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	}
);
