#!/bin/sh
# Installs Debian's Chromium (and Firefox ESR) when missing, so that `npm test` works on a fresh
# machine. The test runner drives these system browsers; nothing downloads a browser of its own.
set -eu
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=""
[ -x "$CHROME" ] || missing="$missing chromium"
[ "${SKIP_FIREFOX:-}" = 1 ] || [ -x "$FIREFOX" ] || missing="$missing firefox-esr"
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: missing$missing; install them, or set CHROME_PATH / FIREFOX_PATH (SKIP_FIREFOX=1 skips Firefox)" >&2
  exit 1
fi
echo "ensure-browsers: installing Debian packages:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ensure-browsers: not root and no sudo; run: apt-get install -y$missing" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q -o Dpkg::Use-Pty=0 >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 $missing >/dev/null
