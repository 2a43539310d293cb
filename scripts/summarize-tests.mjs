// Adds up every test the run made (checks, vitest, playwright) and prints the closing "N passed, N failed" line.
// Exits 1 when anything failed or a runner left no report (a runner that crashed counts as a failure).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

if (existsSync('.tmp/checks.txt')) {
	for (const line of readFileSync('.tmp/checks.txt', 'utf8').split('\n').filter(Boolean)) {
		if (line.startsWith('pass ')) passed++;
		else {
			failed++;
			problems.push(line);
		}
	}
}

if (existsSync('.tmp/vitest.json')) {
	const v = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
	passed += v.numPassedTests ?? 0;
	failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites ?? 0);
	skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
	if ((v.numTotalTests ?? 0) === 0) problems.push('vitest ran no test');
} else {
	failed++;
	problems.push('vitest left no report');
}

/** Every browser spec with its run time, from the Playwright JSON report (suites nest by file and describe block). */
function specTimes(report) {
	const out = [];
	const walk = (suite, path) => {
		for (const spec of suite.specs ?? []) {
			const ms = spec.tests.flatMap((t) => t.results.map((r) => r.duration)).reduce((a, b) => a + b, 0);
			out.push({ name: `${spec.file}:${spec.line} ${[...path, spec.title].join(' › ')}`, ms });
		}
		for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...path, child.title] : path);
	};
	for (const suite of report.suites ?? []) walk(suite, []);
	return out;
}

if (existsSync('.tmp/playwright.json')) {
	const p = JSON.parse(readFileSync('.tmp/playwright.json', 'utf8'));
	const s = p.stats ?? {};
	const slowest = specTimes(p)
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5);
	if (slowest.length) console.log(`slowest browser specs:\n${slowest.map((t) => `  ${(t.ms / 1000).toFixed(1)} s  ${t.name}`).join('\n')}`);
	passed += (s.expected ?? 0) + (s.flaky ?? 0);
	failed += (s.unexpected ?? 0) + (p.errors?.length ?? 0);
	if ((s.expected ?? 0) + (s.unexpected ?? 0) + (s.flaky ?? 0) === 0) problems.push('playwright ran no test');
	skipped += s.skipped ?? 0;
	if (s.flaky) problems.push(`${s.flaky} flaky browser test(s) passed on retry`);
} else if (!problems.some((p) => p.includes('browser tests not run'))) {
	failed++;
	problems.push('playwright left no report');
}

for (const p of problems) console.log(p);
// Skipped tests did not run, so they are not in the count; say how many (the article-text checks skip without ../shared/seeds).
if (skipped) console.log(`${skipped} skipped (not run)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.some((p) => p.includes('ran no test')) ? 1 : 0);
