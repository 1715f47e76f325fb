#!/usr/bin/env bash
# Runs a command under an official Node.js release of the given major line, whatever node this
# machine has: the npm registry's `node` package ships the binaries nodejs.org publishes, and npx
# caches them after the first download. npm and npx themselves then run on that node too.
#   bash scripts/with-node.sh 24 npm test
#   bash scripts/with-node.sh 22 npx vitest run test/config.test.ts
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: scripts/with-node.sh <major, e.g. 22 or 24> <command> [args...]" >&2
  exit 2
fi
line="$1"
shift
# Inside npx the package's own bin folder comes first on PATH, so `node` there is the downloaded one.
bin_dir=$(npx --yes --package "node@$line" -- sh -c 'dirname "$(readlink -f "$(command -v node)")"')
if [ ! -x "$bin_dir/node" ]; then
  echo "with-node: could not obtain node@$line from the npm registry" >&2
  exit 1
fi
export PATH="$bin_dir:$PATH"
echo "with-node: node $(node --version) (npm registry package node@$line)" >&2
exec "$@"
