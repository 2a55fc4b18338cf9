# shellcheck shell=bash
# Helpers for starting the built .NET services in the background (used by
# scripts/run.sh). Source it after `dotnet build -c Release`:
#
#   source scripts/lib/services.sh
#   trap stop_started_services EXIT
#   start_service gateway src/Gateway 5100
#   wait_healthy gateway http://127.0.0.1:5100 60
#
# Only defines functions and variables; does not change shell options.

if [[ -z ${PH_ROOT:-} ]]; then
  # shellcheck source-path=SCRIPTDIR source=env.sh
  source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
fi

PH_SERVICE_LOG_DIR="$PH_ROOT/.local/logs"
PH_SERVICE_RUN_DIR="$PH_ROOT/.local/run"
PH_SERVICE_TFM="net10.0"
# Names started by this shell, in start order (stopped in reverse).
PH_STARTED_SERVICES=()

_svc_log() { printf '[services] %s\n' "$*" >&2; }

# True if PID exists and is not a zombie (kill -0 succeeds on zombies, and
# our own exited children stay zombies until reaped).
_svc_pid_running() {
  local pid=$1 state
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || return 1
  state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z && $state != X ]]
}

# Pid from .local/run/NAME.pid if that process is still alive and a dotnet
# process (guards against recycled pids), else nothing.
_svc_pid() {
  local pidfile="$PH_SERVICE_RUN_DIR/$1.pid" pid
  [[ -f $pidfile ]] || return 0
  pid=$(head -n 1 "$pidfile" | tr -dc '0-9')
  _svc_pid_running "$pid" || return 0
  [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *dotnet* ]] || return 0
  echo "$pid"
}

# TERM, wait up to 10 s, then KILL; reap it if it is our child.
_svc_kill() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do
    _svc_pid_running "$pid" || break
    sleep 0.5
  done
  if _svc_pid_running "$pid"; then
    _svc_log "pid $pid ignored SIGTERM for 10s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

_svc_port_open() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# start_service NAME PROJECT_DIR PORT
# Runs PROJECT_DIR/bin/Release/net10.0/<Project>.dll in the background with
# ASPNETCORE_URLS=http://127.0.0.1:PORT; log .local/logs/NAME.log, pid
# .local/run/NAME.pid. The dll name comes from the *.csproj in PROJECT_DIR
# (its literal <AssemblyName>, else the .csproj name; no .csproj: dir name).
start_service() {
  local name=${1:?name} project_dir=${2:?project dir} port=${3:?port}
  local csproj project asm dll pid old
  [[ $project_dir == /* ]] || project_dir="$PH_ROOT/$project_dir"
  project_dir=${project_dir%/}

  csproj=$(find "$project_dir" -maxdepth 1 -name '*.csproj' -print -quit 2>/dev/null)
  if [[ -n $csproj ]]; then
    project=$(basename "$csproj" .csproj)
    # A literal <AssemblyName> overrides the dll name.
    asm=$(sed -n 's:.*<AssemblyName>\([^<$]*\)</AssemblyName>.*:\1:p;T;q' "$csproj")
    project=${asm:-$project}
  else
    project=$(basename "$project_dir")
  fi
  dll="$project_dir/bin/Release/$PH_SERVICE_TFM/$project.dll"
  if [[ ! -f $dll ]]; then
    _svc_log "ERROR: $name: $dll not found (run dotnet build -c Release first)"
    return 1
  fi

  mkdir -p "$PH_SERVICE_LOG_DIR" "$PH_SERVICE_RUN_DIR"
  # A leftover instance from an earlier run of this checkout would hold the port.
  old=$(_svc_pid "$name")
  if [[ -n $old ]]; then
    _svc_log "$name: stopping previous instance (pid $old)"
    _svc_kill "$old"
  fi
  rm -f "$PH_SERVICE_RUN_DIR/$name.pid"
  if _svc_port_open "$port"; then
    _svc_log "ERROR: $name: port $port is already in use"
    return 1
  fi

  # cwd = project dir so the content root (appsettings*.json, wwwroot) matches
  # `dotnet run`.
  (
    cd "$project_dir" || exit 1
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    export ASPNETCORE_ENVIRONMENT=Development
    export DOTNET_ENVIRONMENT=Development
    exec dotnet "$dll"
  ) </dev/null >"$PH_SERVICE_LOG_DIR/$name.log" 2>&1 &
  pid=$!
  echo "$pid" >"$PH_SERVICE_RUN_DIR/$name.pid"
  PH_STARTED_SERVICES+=("$name")
  _svc_log "$name: started pid $pid on http://127.0.0.1:$port (log: .local/logs/$name.log)"
}

# wait_healthy NAME URL TIMEOUT_SECONDS
# Polls URL/health until HTTP 200. Fails early if the process exits; on
# failure prints the last 40 log lines and returns 1.
wait_healthy() {
  local name=${1:?name} url=${2:?url} timeout=${3:-60}
  local end=$((SECONDS + timeout)) code pid
  pid=$(_svc_pid "$name")
  while :; do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "${url%/}/health" 2>/dev/null) || true
    if [[ $code == 200 ]]; then
      _svc_log "$name: healthy (${url%/}/health)"
      return 0
    fi
    if [[ -n $pid ]] && ! _svc_pid_running "$pid"; then
      _svc_log "ERROR: $name exited before becoming healthy"
      break
    fi
    if ((SECONDS >= end)); then
      _svc_log "ERROR: $name: ${url%/}/health did not return 200 within ${timeout}s (last: ${code:-none})"
      break
    fi
    sleep 0.5
  done
  printf -- '----- last 40 lines of .local/logs/%s.log -----\n' "$name" >&2
  tail -n 40 "$PH_SERVICE_LOG_DIR/$name.log" >&2 2>/dev/null || true
  return 1
}

# Stop every service this shell started (reverse order), by pid file.
stop_started_services() {
  local i name pid
  for ((i = ${#PH_STARTED_SERVICES[@]} - 1; i >= 0; i--)); do
    name=${PH_STARTED_SERVICES[i]}
    pid=$(_svc_pid "$name")
    if [[ -n $pid ]]; then
      _svc_log "$name: stopping pid $pid"
      _svc_kill "$pid"
    fi
    rm -f "$PH_SERVICE_RUN_DIR/$name.pid"
  done
  PH_STARTED_SERVICES=()
}
