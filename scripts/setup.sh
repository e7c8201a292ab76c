#!/usr/bin/env bash
# Sets FinLens up from nothing, then runs one thing:
#   bash scripts/setup.sh start   build the extension and show it on a bundled stcn article
#   bash scripts/setup.sh test    every check: types, lint, unit tests, build, real-Chromium tests
# It installs Debian's Chromium and a CJK font with apt-get when they are missing (as root or
# with sudo), and the npm packages with `npm ci`. Set FINLENS_CHROMIUM to use another Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

chromium=${FINLENS_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=''
    [ "$(id -u)" -eq 0 ] || sudo='sudo'
    echo "setup: installing Chromium and a CJK font with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
  else
    echo "setup: no Chromium at $chromium and no apt-get; set FINLENS_CHROMIUM to a Chromium binary" >&2
    exit 1
  fi
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error

case "$what" in
  start) shift || true; npm start -- "$@" ;;
  test) npm test ;;
  *) echo "usage: bash scripts/setup.sh start|test" >&2; exit 2 ;;
esac
