#!/usr/bin/env bash
# Sets FinLens up from nothing, then runs one thing:
#   bash scripts/setup.sh start   build the extension and show it on a bundled stcn article
#   bash scripts/setup.sh test    every check: types, lint, unit tests, builds, real-browser tests
# It installs Debian's Chromium, Firefox ESR and a CJK font with apt-get when they are missing (as
# root or with sudo), and the npm packages with `npm ci`. FINLENS_CHROMIUM and FINLENS_FIREFOX
# point at other browser binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

chromium=${FINLENS_CHROMIUM:-/usr/bin/chromium}
firefox=${FINLENS_FIREFOX:-/usr/bin/firefox-esr}
# chromium-l10n and Firefox's language packs carry the browsers' Chinese and French UIs: the
# tests check that Chinese gets Chinese and any other language English, in both browsers.
if [ ! -x "$chromium" ] || [ ! -x "$firefox" ] || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' ||
  { [ -z "${FINLENS_CHROMIUM:-}" ] && [ ! -e /usr/lib/chromium/locales/zh-CN.pak ]; } ||
  { [ -z "${FINLENS_FIREFOX:-}" ] && ! ls /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@* >/dev/null 2>&1; } ||
  { [ -z "${FINLENS_FIREFOX:-}" ] && ! ls /usr/lib/firefox-esr/browser/extensions/langpack-fr@* >/dev/null 2>&1; }; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=''
    [ "$(id -u)" -eq 0 ] || sudo='sudo'
    echo "setup: installing Chromium and Firefox ESR (with their Chinese and French UIs) and a CJK font with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn firefox-esr-l10n-fr \
      fonts-wqy-microhei >/dev/null
  else
    echo "setup: no apt-get to install browsers; set FINLENS_CHROMIUM and FINLENS_FIREFOX to their binaries" >&2
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
