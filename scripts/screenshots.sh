#!/usr/bin/env bash
# npm run screenshots: SVGs of real screens into screenshots/, from the demo workload on a private engine.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${BERTH_SCREENSHOTS_DIR:-/tmp/berth-screenshots}
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build
bash scripts/engine.sh start "$dir"
trap 'bash scripts/engine.sh stop "$dir"' EXIT
bash scripts/demo-workload.sh "$dir"
# let the logger and the crash loop run a little, so the statuses read like a real engine's
sleep 5
npx tsx scripts/screenshots.ts "unix://$dir/docker.sock" screenshots
