#!/usr/bin/env bash
# The README's run command: the whole system with demo data, started by the Aspire AppHost (AppHost/).
#   scripts/run.sh [-- APPHOST ARGS]           install what is missing, run the AppHost; Ctrl-C stops everything
#   scripts/run.sh --detach [-- APPHOST ARGS]  the same in the background; returns once every resource is healthy
#   scripts/run.sh stop                        stop a detached run (nothing is left running)
# AppHost arguments change its settings, e.g. `scripts/run.sh -- --PartnershipHub:Ports:Portal=6100`.
# What stays in bash and why: installing Debian packages needs apt and root, which the AppHost should not do, and a
# detached run needs a pid file and a wait. Everything else (starting PostgreSQL, RabbitMQ and the services, ports,
# settings, health, shutdown) is the AppHost's.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUN_DIR=$ROOT/.local/run
LOG=$ROOT/.local/logs/apphost.log
PID_FILE=$RUN_DIR/apphost.pid
READY_LINE="PartnershipHub is running" # AppHost/StartupReport.cs
START_TIMEOUT=${PH_START_TIMEOUT:-600}

log() { printf '[run] %s\n' "$*" >&2; }

apphost_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 0
  pid=$(tr -dc '0-9' <"$PID_FILE")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
  return 0
}

# The AppHost's process tree, and Aspire's orchestrator (which runs in a session of its own, watching the AppHost).
run_pids() {
  local queue=("$1") next p
  while ((${#queue[@]})); do
    next=${queue[0]}
    queue=("${queue[@]:1}")
    echo "$next"
    for p in $(pgrep -P "$next" 2>/dev/null); do queue+=("$p"); done
    for p in $(pgrep -f -- "--monitor $next( |\$)" 2>/dev/null); do queue+=("$p"); done
  done
}

stop_detached() {
  local pid i left
  pid=$(apphost_pid)
  if [[ -z $pid ]]; then
    log "no detached AppHost is running"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping the AppHost (pid $pid) and everything it started"
  mapfile -t left < <(run_pids "$pid" | sort -u)
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 120; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  # Returns only once the orchestrator has stopped what it ran, so a new start finds its ports free.
  for ((i = 0; i < 120; i++)); do
    ps -p "$(IFS=,; echo "${left[*]}")" >/dev/null 2>&1 || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "the AppHost did not stop within 60 s; killing its process group (its orchestrator cleans up after it)"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

# PostgreSQL 15 and RabbitMQ from the distribution when missing. The packages would start distribution services of
# their own (a cluster on 5432, rabbit@host); a temporary policy-rc.d keeps them from starting.
ensure_packages() {
  local pkgs=()
  [[ -x /usr/lib/postgresql/15/bin/postgres ]] || pkgs+=(postgresql)
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || pkgs+=(rabbitmq-server)
  ((${#pkgs[@]} == 0)) && return 0
  if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    log "ERROR: missing ${pkgs[*]}. Install them first (Debian/Ubuntu, as root: apt-get install ${pkgs[*]}), or run with Docker: --PartnershipHub:Infrastructure=Containers"
    exit 1
  fi
  log "installing ${pkgs[*]} (apt-get)"
  local policy=/usr/sbin/policy-rc.d own=0 rc=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${pkgs[@]}"; } >"$ROOT/.local/logs/apt.log" 2>&1 || rc=$?
  if ((own)); then rm -f "$policy" && trap - EXIT; fi
  if ((rc != 0)); then
    log "ERROR: apt-get install ${pkgs[*]} failed (exit $rc); its output: .local/logs/apt.log"
    exit 1
  fi
}

ensure_dotnet() {
  if ! dotnet --version >/dev/null 2>&1; then
    log "ERROR: the .NET 10 SDK is required (dotnet --version failed; see global.json)"
    exit 1
  fi
  # Everything runs on plain http, but without a developer certificate Aspire shows an error banner on every
  # dashboard page, which an operator would rightly read as something being wrong.
  dotnet dev-certs https --check --trust >/dev/null 2>&1 || dotnet dev-certs https --trust >/dev/null 2>&1 || true
}

if [[ ${1:-} == stop ]]; then
  stop_detached
  exit 0
fi
detach=false
if [[ ${1:-} == --detach ]]; then
  detach=true
  shift
fi
[[ ${1:-} == -- ]] && shift

mkdir -p "$RUN_DIR" "$(dirname "$LOG")"
if [[ -n $(apphost_pid) ]]; then
  log "ERROR: a detached PartnershipHub is already running (pid $(apphost_pid)); scripts/run.sh stop ends it"
  exit 1
fi
ensure_packages
ensure_dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building (Release)"
if ! dotnet build AppHost -c Release -nologo -v q -clp:ErrorsOnly >"$ROOT/.local/logs/build.log" 2>&1; then
  cat "$ROOT/.local/logs/build.log" >&2
  log "ERROR: the build failed"
  exit 1
fi

run=(dotnet run --project AppHost -c Release --no-build --launch-profile http -- "$@")
if ! $detach; then
  exec "${run[@]}"
fi

# Its own session, so a Ctrl-C in this terminal later does not reach it; stop_detached ends it.
setsid "${run[@]}" </dev/null >"$LOG" 2>&1 &
pid=$!
echo "$pid" >"$PID_FILE"
log "AppHost started (pid $pid, log .local/logs/apphost.log); waiting until every resource is healthy"
end=$((SECONDS + START_TIMEOUT))
until grep -qF "$READY_LINE" "$LOG" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 60 "$LOG" >&2
    rm -f "$PID_FILE"
    log "ERROR: the AppHost stopped during start-up (its output above)"
    exit 1
  fi
  if ((SECONDS >= end)); then
    tail -n 60 "$LOG" >&2
    log "ERROR: not every resource was healthy after ${START_TIMEOUT}s (output above; the dashboard shows which one); stopping"
    stop_detached
    exit 1
  fi
  sleep 1
done
grep -m 1 -o 'http://[^ ]*/login?t=[0-9a-f]*' "$LOG" | sed 's/^/[run] dashboard: /' >&2 || true
sed -n "/$READY_LINE/,\$p" "$LOG" | grep -v '^info:' | head -n 12 >&2
log "detached; scripts/run.sh stop ends it. Resource logs: .local/logs/<resource>.log"
