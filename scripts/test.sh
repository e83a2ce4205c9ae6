#!/usr/bin/env bash
# The whole test command: host packages, build, lint, types, then every test against a private engine.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/engine.sh install
npm run --silent build
npx biome check .
npx tsc --noEmit -p .

# One private engine for the whole run (unless the caller named one), stopped however the run ends.
if [ -z "${BERTH_TEST_DOCKER_HOST:-}" ]; then
  dir="/tmp/berth-test-$$"
  trap 'bash scripts/engine.sh stop "$dir"' EXIT
  bash scripts/engine.sh start "$dir"
  export BERTH_TEST_DOCKER_HOST="unix://$dir/docker.sock"
fi

report=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# A closing line that any CI reads: "tests: N passed, N failed".
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  if (r.numTotalTests === 0) { console.error("berth: no test ran"); process.exit(1); }
' "$report" || status=1
rm -f "$report"
exit "$status"
