#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists: $CHROMIUM_PATH if set, else
# /usr/bin/chromium, installed from Debian (apt-get install chromium) when missing.
# Playwright's own browser download is not used: only the Debian/npm/Maven registries are
# reachable from the machines this project runs on.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "error: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  exit 0
fi
# A zh-CN-first app: without a CJK font every screenshot shows boxes where the Chinese is.
have_cjk_font() { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; }
[ -x /usr/bin/chromium ] && have_cjk_font && exit 0

# Chromium is there, only the font is missing and cannot be installed: screenshots show boxes, tests still run.
font_only() { [ -x /usr/bin/chromium ] && { echo "warning: no CJK font (apt-get install fonts-wqy-microhei): screenshots will not show Chinese" >&2; exit 0; }; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    font_only
    echo "error: /usr/bin/chromium is missing. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary." >&2
    exit 1
  fi
fi
command -v apt-get >/dev/null 2>&1 || { font_only; echo "error: /usr/bin/chromium is missing and there is no apt-get: install Chromium and set CHROMIUM_PATH" >&2; exit 1; }

echo "==> installing Debian's chromium and a CJK font (WenQuanYi Micro Hei) for the end-to-end tests (apt-get, ~30 s)" >&2
# DPkg::Lock::Timeout waits for another apt/dpkg run instead of failing on its lock.
$SUDO apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q chromium fonts-wqy-microhei >/dev/null
[ -x /usr/bin/chromium ] || { echo "error: apt-get install chromium did not provide /usr/bin/chromium" >&2; exit 1; }
echo " ok $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)" >&2
