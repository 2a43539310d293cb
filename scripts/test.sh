#!/usr/bin/env bash
# Every test the project has: the data validators (once), svelte-check, lint, unit and component tests, the production
# build, browser tests. Runs them all even when one fails, then prints "N passed, N failed" counting every test and
# check. (The full rebuild of geo/ has its own command, npm run test:geo, which CI runs too.)
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest.json .tmp/playwright.json .tmp/checks.txt .tmp/timings.txt
started=$SECONDS

check() { # name, command...: a whole-project check counts as one test
	local name=$1; shift
	local t0=$SECONDS
	echo "== $name"
	if "$@"; then echo "pass $name" >> .tmp/checks.txt; else echo "FAIL $name" >> .tmp/checks.txt; fi
	echo "$((SECONDS - t0)) s  $name" >> .tmp/timings.txt
}

timed() { # name, command...: a runner whose tests are counted from its own report
	local name=$1; shift
	local t0=$SECONDS
	echo "== $name"
	"$@"
	echo "$((SECONDS - t0)) s  $name" >> .tmp/timings.txt
}

if ! CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh); then
	echo "FAIL chromium" >> .tmp/checks.txt
	CHROMIUM_PATH=""
fi
export CHROMIUM_PATH

# Every story folder the project holds, checked as the build checks it (file, line, step, field for each problem).
check "validate the story (content/) and the fixture story" bash -c 'npm run --silent validate && npm run --silent validate -- tests/fixtures/stories/falklands-malvinas'
# svelte-check and lint each use one core: side by side, on a 2-core machine they take the time of the slower one.
# Each one's output is printed whole, in order, once both have finished.
check "svelte-check (no errors, no warnings)" npm run --silent check > .tmp/check.log 2>&1 &
check_pid=$!
check "lint (prettier, eslint, knip: no unused files, exports or dependencies)" npm run --silent lint > .tmp/lint.log 2>&1 &
lint_pid=$!
wait "$check_pid" "$lint_pid"
cat .tmp/check.log .tmp/lint.log
if [ -n "$CHROMIUM_PATH" ]; then
	timed "unit and component tests (vitest: node, and browser in $CHROMIUM_PATH)" \
		npx vitest run --project node --project browser --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
else
	timed "unit tests (vitest: node only; no Chromium for the component tests)" \
		npx vitest run --project node --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
	echo "FAIL component tests not run (no Chromium)" >> .tmp/checks.txt
fi
# The site's public origin is the preview server the browser tests use: every URL in the pages' meta, the oEmbed files
# and the sitemap is then absolute and can be followed (tests/sharing.spec.ts).
export PUBLIC_SITE_URL=http://127.0.0.1:${TREATY_PREVIEW_PORT:-4173}
check "production build (prerendered static site)" npm run --silent build
# A second story, built by the same engine with no code of its own (issue 18): its pages are checked in the browser.
PUBLIC_SITE_URL=http://127.0.0.1:${TREATY_FIXTURE_PORT:-$((${TREATY_PREVIEW_PORT:-4173} + 4))} STORY=tests/fixtures/stories/falklands-malvinas BUILD_DIR=build-fixture \
	check "the fixture story's build" npm run --silent build
if [ -n "$CHROMIUM_PATH" ] && [ -d build ]; then
	timed "browser tests (playwright, $CHROMIUM_PATH)" \
		env PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json
else
	echo "FAIL browser tests not run (no Chromium or no build)" >> .tmp/checks.txt
fi

echo "== time taken"
cat .tmp/timings.txt
echo "$((SECONDS - started)) s  in all"
node scripts/summarize-tests.mjs
