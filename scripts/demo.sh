#!/usr/bin/env bash
# npm run demo: berth on a private engine with a realistic workload. The engine stops when berth exits.
#   BERTH_DEMO_DIR (default /tmp/berth-demo) is where the engine lives; extra arguments go to berth.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${BERTH_DEMO_DIR:-/tmp/berth-demo}
[ -d node_modules ] || npm ci --no-audit --no-fund
# build when dist/cli.js is missing or older than any source file
if [ ! -f dist/cli.js ] || [ -n "$(find cli.tsx source scripts/build.mjs scripts/launcher.cjs -newer dist/cli.js -print -quit)" ]; then
  npm run --silent build
fi

bash scripts/engine.sh start "$dir"
trap 'bash scripts/engine.sh stop "$dir"' EXIT
bash scripts/demo-workload.sh "$dir"
dist/cli.js --host "unix://$dir/docker.sock" "$@"
