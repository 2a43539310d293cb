#!/usr/bin/env bash
# Every test the project has: data validators, svelte-check, unit tests, the production build, browser tests.
# Runs them all even when one fails, then prints "N passed, N failed" counting every test and check.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest.json .tmp/playwright.json .tmp/checks.txt

check() { # name, command...: a whole-project check counts as one test
	local name=$1; shift
	echo "== $name"
	if "$@"; then echo "pass $name" >> .tmp/checks.txt; else echo "FAIL $name" >> .tmp/checks.txt; fi
}

if ! CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh); then
	echo "FAIL chromium" >> .tmp/checks.txt
	CHROMIUM_PATH=""
fi
export CHROMIUM_PATH

check "validate geo/ and story data" npm run --silent validate
check "svelte-check (no errors, no warnings)" npm run --silent check
echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
check "production build (prerendered static site)" npm run --silent build
if [ -n "$CHROMIUM_PATH" ] && [ -d build ]; then
	echo "== browser tests (playwright, $CHROMIUM_PATH)"
	PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json
else
	echo "FAIL browser tests not run (no Chromium or no build)" >> .tmp/checks.txt
fi

node scripts/summarize-tests.mjs
