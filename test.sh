#!/usr/bin/env bash
# Runs every test of the project, on a fresh machine too: it installs what the tests need
# first (the .NET packages by restore; Node.js/npm, python3 and Chromium from Debian when
# missing; npm packages with npm ci when node_modules is missing).
# Ends with one line "N passed, M failed" over all suites; exits non-zero if any failed.
#
#   ./test.sh
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root="$(pwd)"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- prerequisites
need_apt=()
command -v node >/dev/null && command -v npm >/dev/null || need_apt+=(nodejs npm)
command -v python3 >/dev/null || need_apt+=(python3)
# The Web Chat and Teams simulator browser tests drive Debian's Chromium; Playwright must
# never fetch a browser of its own.
[[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ((${#need_apt[@]})); then
  log "installing ${need_apt[*]} (apt)"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

# ---------------------------------------------------------------- Teams simulator (host tests use it)
if [[ ! -d tests/teams-playground/node_modules/@microsoft/m365agentsplayground ]]; then
  log "installing the Teams simulator (npm ci in tests/teams-playground)"
  (cd tests/teams-playground && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "npm ci failed in tests/teams-playground: the Teams simulator tests will fail"
fi

passed=0
failed=0
status=0

# Adds a suite's "N passed, M failed" line (or dotnet test's summary) to the totals.
count() {
  local output="$1"
  local p f
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(grep -oE '^[A-Za-z]*:? ?[0-9]+ passed, [0-9]+ failed' "$output" | grep -oE '[0-9]+ passed, [0-9]+ failed' | tail -1 | sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1 \2/')
}

# ---------------------------------------------------------------- .NET tests
log "building"
if ! dotnet build ChatBot.sln -c Debug -nologo -v q 2>&1 | tee "$results/build.log" | grep -E "error|Error" ; then :; fi
if grep -qE "[1-9][0-9]* Error\(s\)| error " "$results/build.log"; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

log ".NET tests"
dotnet test ChatBot.sln -c Debug --no-build -nologo \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
while read -r f p; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+' "$results/dotnet-test.log" | sed -E 's/Failed: +([0-9]+), Passed: +([0-9]+)/\1 \2/')
if ! grep -qE 'Passed: +[0-9]+' "$results/dotnet-test.log"; then
  echo "no .NET test ran"; failed=$((failed + 1)); status=1
fi

# ---------------------------------------------------------------- Direct Line with its real JS client
# (the build above ran npm ci for the Web Chat bundle; this suite has its own locked packages)
log "Direct Line: botframework-directlinejs (node --test)"
if [[ ! -d tests/directline-node/node_modules ]]; then
  (cd tests/directline-node && npm ci --no-audit --no-fund --loglevel=error)
fi
node --test tests/directline-node/ 2>&1 | tee "$results/directline-node.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
node_pass=$(grep -oE '^# pass [0-9]+' "$results/directline-node.log" | grep -oE '[0-9]+' || true)
node_fail=$(grep -oE '^# fail [0-9]+' "$results/directline-node.log" | grep -oE '[0-9]+' || true)
if [[ -z "$node_pass" ]]; then node_pass=0; node_fail=$((${node_fail:-0} + 1)); status=1; fi
echo "node: $node_pass passed, ${node_fail:-0} failed" | tee -a "$results/directline-node.log"
count "$results/directline-node.log"

# ---------------------------------------------------------------- Teams package and Azure template
log "Teams app package"
bash bot-manifest/test.sh 2>&1 | tee "$results/bot-manifest.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count "$results/bot-manifest.log"

log "Azure template"
bash deploy/azure/check.sh 2>&1 | tee "$results/azure.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count "$results/azure.log"

log "all suites"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $status -eq 0 ]]
