// ESLint: JavaScript's and TypeScript's recommended rules, Svelte's, and the house rules of STYLE.md that a linter can
// check. Formatting is Prettier's (npm run format), so no rule here is about layout.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The engine's layers, lowest first: each folder of src/ in one of them. */
const LAYERS = [
	{ type: 'geo', pattern: ['src/lib/geo/**', 'src/lib/files/**', 'src/lib/layout/**', 'src/lib/style/**', 'src/lib/text/**'] },
	{ type: 'story', pattern: ['src/lib/story/**', 'src/lib/i18n/**', 'src/lib/url/**', 'src/lib/share/**', 'src/lib/embed/**'] },
	{ type: 'map', pattern: ['src/lib/map/**', 'src/lib/static-map/**'] },
	{ type: 'components', pattern: ['src/lib/components/**', 'src/lib/state/**', 'src/lib/server/**', 'src/lib/earlyInput/**'] },
	// (src/hooks.*.ts and the .d.ts files at src/ are the top too: they may import anything, and are not checked.)
	{ type: 'routes', pattern: ['src/routes/**', 'src/params/**'] }
];

/** The layers' names, lowest first. */
const LAYER_ORDER = [...new Set(LAYERS.map((l) => l.type))];

export default ts.config(
	{
		ignores: ['build/', 'build-fixture/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', '.tmp/', 'bench/baseline/']
	},
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
		// The engine's layers depend one way: geo <- story <- map <- components <- routes (STYLE.md, issue 18). A module may
		// import its own layer and the ones below it, never one above; nothing may go round in a circle.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		plugins: { boundaries, 'import-x': importX },
		// import-x reads the modules a file imports with these options too: a .svelte one needs the TypeScript parser for its script.
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json', extensions: ['.ts', '.js', '.svelte', '.json'] })],
			'import/resolver': { typescript: { project: './tsconfig.json', extensions: ['.ts', '.js', '.svelte', '.json'] } },
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js'], 'svelte-eslint-parser': ['.svelte'] },
			'boundaries/include': ['src/lib/**/*', 'src/routes/**/*', 'src/params/**/*'],
			'boundaries/elements': LAYERS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false }))
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					message: 'Layers depend one way (geo <- story <- map <- components <- routes): {{from.type}} may not import {{to.type}}.',
					policies: LAYER_ORDER.map((type, i) => ({
						from: { element: { type } },
						allow: { to: { element: { types: { anyOf: LAYER_ORDER.slice(0, i + 1) } } } }
					}))
				}
			],
			'boundaries/no-unknown-files': 'error',
			'import-x/no-cycle': ['error', { ignoreExternal: true }]
		}
	},
	{
		// Links inside the app go through SvelteKit's resolve(); these are the explainer's own, written in full on purpose:
		// external sources, and the embed's link to the full story in the top window.
		files: ['src/lib/components/**/*.svelte'],
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	}
);
