#!/usr/bin/env bash
# npm run bench [-- --write]: berth's figures on a dedicated private engine (/tmp/berth-bench), printed as a
# markdown table; --write also puts them in BENCHMARKS.md and README.md. BERTH_BENCH_IDLE_S=5 makes a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${BERTH_BENCH_DIR:-/tmp/berth-bench}
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build
bash scripts/engine.sh start "$dir"
trap 'bash scripts/engine.sh stop "$dir"' EXIT
npx tsx scripts/bench.ts "unix://$dir/docker.sock" "$dir" "$@"
