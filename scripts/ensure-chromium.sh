#!/usr/bin/env bash
# Finds a Chromium for the browser tests and prints its path: $CHROMIUM_PATH, else /usr/bin/chromium,
# else (as root with apt) installs Debian's chromium, else stops saying how to get one.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
	if [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
	echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
	exit 1
fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "No Chromium found: installing Debian's chromium package with apt-get (needed for the browser tests)..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq chromium >&2
	if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
cat >&2 <<'MSG'
The browser tests need Chromium and none was found.
  - On Debian/Ubuntu: sudo apt-get install chromium   (then run the tests again), or
  - point CHROMIUM_PATH at any Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
