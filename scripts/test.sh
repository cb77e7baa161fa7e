#!/usr/bin/env bash
# The README's `npm test`: type check, data validation, unit tests, build, tests over dist/,
# browser tests. Every stage runs even after an earlier one failed, except the two that need
# a fresh build. Ends with one line per runner and the closing line `N passed, N failed`.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ -z "${SITE_NODE_OK:-}" ]; then exec bash scripts/with-node.sh bash scripts/test.sh "$@"; fi

export PATH="$root/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Reports live in reports/: Playwright empties test-results/ when it starts.
mkdir -p reports
stages=reports/stages.tsv
rm -f "$stages" reports/unit.json reports/dist.json reports/e2e.json

# stage <name> <kind> <report-file|-> <command...>
stage() {
  local name=$1 kind=$2 report=$3; shift 3
  echo
  echo "::: $name: $*"
  local t0=$EPOCHREALTIME rc=0
  "$@" || rc=$?
  local secs; secs=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  echo "::: $name: exit $rc (${secs}s)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "$rc" "$secs" "${report/#-/}" >> "$stages"
  return "$rc"
}
not_run() { printf '%s\tnot-run\t0\t0\t%s\n' "$1" "$2" >> "$stages"; }

vitest_json() { echo "--reporter=default --reporter=json --outputFile.json=reports/$1.json"; }

stage "astro check" gate - astro check
stage "validate" gate - npm run --silent validate
# shellcheck disable=SC2046
stage "unit" vitest reports/unit.json vitest run --config tests/vitest.config.ts --project unit $(vitest_json unit)
if stage "build" gate - astro build; then
  # shellcheck disable=SC2046
  stage "dist" vitest reports/dist.json vitest run --config tests/vitest.config.ts --project dist $(vitest_json dist)
  stage "e2e" playwright reports/e2e.json playwright test --config tests/e2e/playwright.config.ts
else
  not_run "dist" "build failed"
  not_run "e2e" "build failed"
fi

echo
node tests/helpers/summary.ts "$stages"
