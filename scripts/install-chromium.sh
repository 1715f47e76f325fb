#!/bin/sh
# Installs Debian's Chromium for the browser tests (test/explorer.test.ts, npm run smoke:browser)
# when it is missing. Idempotent: does nothing when `chromium` is already on the PATH.
set -eu

if command -v chromium >/dev/null 2>&1; then
  echo "install-chromium: chromium already installed at $(command -v chromium); nothing to do"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-chromium: chromium is missing and this user is not root (no sudo either); run as root: apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "install-chromium: chromium not found; running: apt-get update -qq"
$SUDO apt-get update -qq
echo "install-chromium: running: DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

if ! command -v chromium >/dev/null 2>&1; then
  echo "install-chromium: apt-get finished but chromium is still not on the PATH" >&2
  exit 1
fi
echo "install-chromium: installed $(command -v chromium)"
