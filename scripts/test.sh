#!/usr/bin/env bash
# The project's test command (README, .ci/run):
#   scripts/test.sh [extra dotnet test args, e.g. --filter Category=Unit]
# Starts the test servers, runs PartnershipHub.Local.slnf, then tests/Sweep.Tests and tests/AppHost.Tests each on
# its own, and prints
# "N passed, N failed, N skipped" as the very last line (counted from the .trx
# files of this run). Exits non-zero if dotnet test failed, a test failed, or
# no test ran at all.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"

SOLUTION_FILTER="PartnershipHub.Local.slnf"
# Test projects that start a whole system (every API with demo data, or the AppHost) and need both cores to themselves.
STANDALONE_TESTS=("tests/Sweep.Tests" "tests/AppHost.Tests")
RESULTS_DIR="$PH_ROOT/.local/test-results"
TEST_LOG="$PH_ROOT/.local/logs/test.log"

# Diagnostics go to stderr so stdout ends with the summary line.
log() { printf '[test] %s\n' "$*" >&2; }

ensure_dotnet() {
  # `dotnet --version` also fails when no SDK matches global.json.
  if command -v dotnet >/dev/null 2>&1 && dotnet --version >/dev/null 2>&1; then
    log ".NET SDK $(dotnet --version)"
    return 0
  fi
  cat >&2 <<'EOF'
[test] ERROR: the .NET 10 SDK is required (`dotnet --version` failed; see global.json).
Install it, for example:
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
or via packages: https://learn.microsoft.com/dotnet/core/install/linux-debian
EOF
  exit 1
}

# Browser tests need a Chromium binary. Installed on fresh Debian CI machines;
# a failure here only warns, the browser tests will then report it themselves.
ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  if [[ $EUID -eq 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1; then
    local apt_log="$PH_ROOT/.local/logs/apt-chromium.log"
    mkdir -p "$(dirname "$apt_log")"
    log "installing chromium for browser tests (log: ${apt_log#"$PH_ROOT"/})"
    if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } >"$apt_log" 2>&1; then
      log "WARNING: installing chromium failed; browser tests may fail"
      tail -n 20 "$apt_log" >&2
    fi
  else
    log "WARNING: /usr/bin/chromium not found; browser tests may fail (Debian: apt-get install chromium)"
  fi
}

# Print "<trx files> <total> <passed> <failed>" summed over every .trx under
# DIR. failed includes error/timeout/aborted outcomes, so that
# skipped = total - passed - failed covers exactly the not-executed tests.
trx_counts_python() {
  python3 - "$1" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

keys = ("total", "passed", "failed", "error", "timeout", "aborted")
sums = dict.fromkeys(keys, 0)
files = sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True))
for path in files:
    for el in ET.parse(path).getroot().iter():
        if el.tag.rsplit("}", 1)[-1] == "Counters":
            for k in keys:
                sums[k] += int(el.get(k) or 0)
            break
failed = sums["failed"] + sums["error"] + sums["timeout"] + sums["aborted"]
print(len(files), sums["total"], sums["passed"], failed)
PY
}

# Same without python3: the <Counters .../> element is written on one line.
trx_counts_sed() {
  local f counters k v files=0 total=0 passed=0 failed=0
  while IFS= read -r -d '' f; do
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1 || true)
    for k in total passed failed error timeout aborted; do
      v=$(sed -n "s/.* $k=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
      v=${v:-0}
      case $k in
        total) total=$((total + v)) ;;
        passed) passed=$((passed + v)) ;;
        *) failed=$((failed + v)) ;;
      esac
    done
  done < <(find "$1" -name '*.trx' -type f -print0 2>/dev/null)
  echo "$files $total $passed $failed"
}

trx_counts() {
  if command -v python3 >/dev/null 2>&1; then
    trx_counts_python "$1"
  else
    trx_counts_sed "$1"
  fi
}

# Name every test that did not pass, with the first line of its message, so that the last lines of a CI log say what
# failed. Without python3 only the names.
list_failures() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$1" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    for el in ET.parse(path).getroot().iter():
        if el.tag.rsplit("}", 1)[-1] != "UnitTestResult" or el.get("outcome") in ("Passed", "NotExecuted"):
            continue
        message = ""
        for child in el.iter():
            if child.tag.rsplit("}", 1)[-1] == "Message" and child.text:
                message = child.text.strip().splitlines()[0][:300]
                break
        print(f"[test] FAILED {el.get('testName')}: {message}")
PY
  else
    find "$1" -name '*.trx' -type f -exec grep -o 'testName="[^"]*"[^>]*outcome="Failed"' {} + |
      sed 's/.*testName="\([^"]*\)".*/[test] FAILED \1/'
  fi
}

# Print the summary line for the .trx files in DIR and return non-zero if
# anything failed or nothing ran. $2: exit code of dotnet test.
summarize() {
  local dir=$1 test_rc=$2 counts files total passed failed skipped status=0
  if ! counts=$(trx_counts "$dir"); then
    log "ERROR: could not parse the .trx files in $dir"
    counts="0 0 0 0"
    status=1
  fi
  read -r files total passed failed <<<"$counts"
  skipped=$((total - passed - failed))
  ((skipped >= 0)) || skipped=0

  if ((test_rc != 0)); then
    log "ERROR: dotnet test exited with code $test_rc (output: ${TEST_LOG#"$PH_ROOT"/})"
    status=1
  fi
  if ((files == 0)); then
    log "ERROR: no .trx result file was produced in $dir"
    status=1
  elif ((passed + failed == 0)); then
    log "ERROR: no test ran"
    status=1
  fi
  if ((failed > 0)); then
    list_failures "$dir" || true
    log "ERROR: $failed test(s) failed"
    status=1
  fi
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$status"
}

main() {
  cd "$PH_ROOT"
  bash "$PH_ROOT/scripts/infra.sh" up
  ensure_dotnet
  ensure_chromium

  export PH_TEST_POSTGRES="$PH_PG_ADMIN"
  export PH_TEST_RABBITMQ="$PH_AMQP"
  export PH_TEST_RABBITMQ_MGMT="http://127.0.0.1:$PH_RABBIT_MGMT_PORT"
  export PH_TEST_RABBITMQ_USER=guest
  export PH_TEST_RABBITMQ_PASSWORD=guest
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

  # Only this run's results may be counted.
  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR" "$(dirname "$TEST_LOG")"

  local rc=0
  dotnet test "$SOLUTION_FILTER" -c Release \
    --logger "trx;LogFilePrefix=results" \
    --results-directory "$RESULTS_DIR" \
    "$@" 2>&1 | tee "$TEST_LOG" || rc=${PIPESTATUS[0]}

  # The sweep (all five APIs with demo data) and the AppHost tests (every service, PostgreSQL, RabbitMQ) start whole
  # systems: each its own step, after the others, one at a time. What they start was built with the solution filter.
  local project
  for project in "${STANDALONE_TESTS[@]}"; do
    [[ -d $PH_ROOT/$project ]] || continue
    dotnet test "$project" -c Release \
      --logger "trx;LogFilePrefix=$(basename "$project")" \
      --results-directory "$RESULTS_DIR" \
      "$@" 2>&1 | tee -a "$TEST_LOG" || { local step_rc=${PIPESTATUS[0]}; ((rc != 0)) || rc=$step_rc; }
  done

  # The trx logger names files <prefix>_<tfm>_<yyyyMMddHHmmss>.trx; projects
  # finishing in the same second could overwrite each other's file.
  local reported written
  reported=$(grep -c '^Results File: ' "$TEST_LOG" || true)
  written=$(find "$RESULTS_DIR" -name '*.trx' -type f | wc -l)
  if ((reported > written)); then
    log "WARNING: dotnet test reported $reported result files but only $written .trx exist; totals may be incomplete"
  fi

  summarize "$RESULTS_DIR" "$rc"
}

# Sourcing the file (e.g. to test summarize) must not run the tests.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
