#!/usr/bin/env bash
# The test servers: PostgreSQL 15 + RabbitMQ 3.10 without containers, for scripts/test.sh and the benchmarks.
# Why not the AppHost: the integration tests need only these two servers, shared by every test project (each test
# class makes its own database and virtual host) and kept running between test runs; the AppHost's servers
# (AppHost/Processes, ports 55442/55682, data in .local/apphost) belong to the running system, whose data a test
# run must never touch.
#
#   scripts/infra.sh up       start both (idempotent), print connection strings
#   scripts/infra.sh down     stop what this checkout started (by pid)
#   scripts/infra.sh status   one line per server
#
# All state lives in <repo>/.local/ (git-ignored). Ports are non-default so a
# distro-started postgres/rabbitmq/epmd on 5432/5672/4369 never interferes.
# Other worktrees of this repo use the same ports and therefore share whichever
# servers are already up.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"

LOCAL_DIR="$PH_ROOT/.local"
RUN_DIR="$LOCAL_DIR/run"
LOG_DIR="$LOCAL_DIR/logs"

PG_BIN="${PH_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DIR="$LOCAL_DIR/postgres"
PG_DATA="$PG_DIR/data"
# Not postgres.log: that name is the AppHost's PostgreSQL console (.local/logs/<resource>.log); the test server's
# errors (tests provoke many on purpose) must not appear in the system's log.
PG_LOG="$LOG_DIR/test-postgres.log"
PG_PIDFILE="$RUN_DIR/postgres.pid"
PG_CONF_NAME="partnershiphub.conf" # our settings, included from postgresql.conf

RMQ_BIN=/usr/lib/rabbitmq/bin
RMQ_DIR="$LOCAL_DIR/rabbitmq"
RMQ_LOG_DIR="$LOG_DIR/rabbitmq"
RMQ_PIDFILE="$RUN_DIR/rabbitmq.pid"           # the rabbitmq-server launcher we started
RMQ_NODE_PIDFILE="$RUN_DIR/rabbitmq-node.pid" # RABBITMQ_PID_FILE, written by the Erlang VM
RMQ_NODENAME="partnershiphub@localhost"
RMQ_DIST_PORT=55690
EPMD_PORT=54369
EPMD_MARKER="$RUN_DIR/epmd.started-by-us"

PG_START_TIMEOUT=60
RMQ_START_TIMEOUT=90

log() { printf '[infra] %s\n' "$*"; }
err() { printf '[infra] ERROR: %s\n' "$*" >&2; }

usage() {
  echo "usage: $0 up|down|status" >&2
  exit 2
}

# ---------------------------------------------------------------- helpers --

# First line of a pid file, digits only (empty if missing/garbage).
read_pid() {
  [[ -f $1 ]] || return 0
  head -n 1 "$1" | tr -dc '0-9'
}

# True if PID exists and is not a zombie (kill -0 succeeds on zombies).
pid_running() {
  local pid=$1 state
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || return 1
  state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z && $state != X ]]
}

# pid_alive PID STRING... : true if PID is running and its command line
# contains one of the STRINGs. Guards against recycled pids in stale pid files.
pid_alive() {
  local pid=$1 cmdline s
  shift
  pid_running "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  for s in "$@"; do
    [[ $cmdline == *"$s"* ]] && return 0
  done
  return 1
}

# Wait up to $2 seconds for pid $1 to exit.
wait_pid_gone() {
  local pid=$1 end=$((SECONDS + $2))
  while pid_running "$pid"; do
    ((SECONDS < end)) || return 1
    sleep 0.5
  done
}

# TCP connect test without needing nc/ss.
port_open() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Append the last lines of each existing log file to stderr.
show_logs() {
  local f
  for f in "$@"; do
    [[ -f $f ]] || continue
    printf '\n----- last 40 lines of %s -----\n' "$f" >&2
    tail -n 40 "$f" >&2
  done
}

# .local/ must never be committed; make sure it is ignored (append only).
ensure_gitignore() {
  local gi="$PH_ROOT/.gitignore"
  if [[ ! -f $gi ]]; then
    printf '%s\n' '.local/' 'bin/' 'obj/' '*.user' '.vs/' 'TestResults/' 'BenchmarkDotNet.Artifacts/' >"$gi"
  elif ! grep -qxF '.local/' "$gi"; then
    # Keep the file newline-terminated before appending.
    [[ -z $(tail -c 1 "$gi") ]] || echo >>"$gi"
    echo '.local/' >>"$gi"
  fi
}

# Install PostgreSQL/RabbitMQ on a fresh Debian machine; elsewhere explain.
# Only missing packages are named: naming an installed one would upgrade it.
ensure_packages() {
  local missing=() pkgs=()
  if [[ ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl ]]; then
    missing+=("PostgreSQL 15 ($PG_BIN/initdb, pg_ctl)")
    pkgs+=(postgresql)
  fi
  if [[ ! -x $RMQ_BIN/rabbitmq-server ]]; then
    missing+=("RabbitMQ 3.10 ($RMQ_BIN/rabbitmq-server)")
    pkgs+=(rabbitmq-server)
  fi
  if ! command -v curl >/dev/null 2>&1; then
    missing+=("curl")
    pkgs+=(curl)
  fi
  ((${#pkgs[@]} == 0)) && return 0

  if [[ $EUID -eq 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1; then
    log "missing: ${missing[*]} -> apt-get install ${pkgs[*]}"
    # The packages would auto-start distro services (default cluster on 5432,
    # rabbit@host on 5672). That would be harmless (we use our own ports, data
    # dirs and epmd) but wastes memory and can fail in containers, so forbid
    # service starts during the install unless the machine has its own policy.
    local policy=/usr/sbin/policy-rc.d own_policy=0 rc=0
    if [[ ! -e $policy ]]; then
      printf '#!/bin/sh\n# temporary, scripts/infra.sh\nexit 101\n' >"$policy"
      chmod 755 "$policy"
      own_policy=1
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT # also when interrupted
    fi
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${pkgs[@]}"; } || rc=$?
    if ((own_policy)); then
      rm -f "$policy"
      trap - EXIT
    fi
    if ((rc != 0)); then
      err "apt-get failed (exit $rc)"
      exit 1
    fi
  else
    err "missing: ${missing[*]}"
    cat >&2 <<'EOT'
Install these first, then re-run:
  - PostgreSQL 15 server + client (initdb, pg_ctl, pg_isready, psql in /usr/lib/postgresql/15/bin)
      Debian/Ubuntu (as root):  apt-get install postgresql rabbitmq-server curl
      (or set PH_PG_BIN to the bin directory of another PostgreSQL install)
  - RabbitMQ 3.10+ with the scripts in /usr/lib/rabbitmq/bin (Debian package rabbitmq-server)
  - curl
EOT
    exit 1
  fi

  if [[ ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl || ! -x $RMQ_BIN/rabbitmq-server ]]; then
    err "apt-get finished but $PG_BIN/initdb, pg_ctl or $RMQ_BIN/rabbitmq-server is still missing"
    exit 1
  fi
}

# ------------------------------------------------------------- PostgreSQL --

# Run a PostgreSQL binary as the postgres OS user when root (initdb/postgres
# refuse to run as root), as ourselves otherwise. cd first: postgres may not
# be allowed to read the caller's cwd (e.g. /root).
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_DIR" && "$@")
  fi
}

# Unix socket paths are limited to ~107 bytes; deep checkouts fall back to a
# per-checkout dir in /tmp. We always connect over TCP anyway.
pg_socket_dir() {
  local d="$PG_DIR/run"
  if ((${#d} > 90)); then
    d="/tmp/partnershiphub-pg-$(printf '%s' "$PH_ROOT" | cksum | cut -d ' ' -f 1)"
  fi
  printf '%s\n' "$d"
}

# The postgres user must be able to traverse every directory down to DIR
# (e.g. a checkout under /root). Grant search-only permission where missing.
ensure_traversable_for_postgres() {
  local path="" part parts
  IFS=/ read -ra parts <<<"${1#/}"
  for part in "${parts[@]}"; do
    [[ -n $part ]] || continue
    path+="/$part"
    if ! runuser -u postgres -- test -x "$path"; then
      log "postgres: granting o+x on $path so the postgres user can reach its data dir"
      chmod o+x "$path"
    fi
  done
}

pg_ready() {
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PH_POSTGRES_PORT" -t 2 >/dev/null 2>&1
}

# Postmaster pid recorded in our data dir (empty if none).
pg_data_pid() {
  read_pid "$PG_DATA/postmaster.pid" 2>/dev/null || true
}

pg_prepare_dirs() {
  local sock
  sock=$(pg_socket_dir)
  mkdir -p "$PG_DATA" "$sock" "$LOG_DIR" "$RUN_DIR"
  touch "$PG_LOG"
  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { err "OS user 'postgres' does not exist (is the postgresql package installed?)"; exit 1; }
    chown postgres:postgres "$PG_DIR" "$PG_DATA" "$sock" "$PG_LOG"
    [[ -d $PG_DIR/run ]] && chown postgres:postgres "$PG_DIR/run"
    ensure_traversable_for_postgres "$PG_DIR"
    ensure_traversable_for_postgres "$LOG_DIR"
  fi
  chmod 700 "$PG_DATA"
}

pg_init() {
  if [[ -n $(ls -A "$PG_DATA") ]]; then
    if [[ ! -f $PG_DATA/PG_VERSION ]]; then
      err "$PG_DATA is not empty but not a PostgreSQL data dir; move it away and re-run"
      exit 1
    fi
    return 0
  fi

  log "postgres: initdb in $PG_DATA"
  local pwfile="$PG_DIR/.pwfile" rc=0
  (umask 077 && printf 'postgres\n' >"$pwfile")
  [[ $EUID -ne 0 ]] || chown postgres:postgres "$pwfile"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$LOG_DIR/initdb.log" 2>&1 || rc=$?
  rm -f "$pwfile"
  if ((rc != 0)); then
    err "initdb failed (exit $rc)"
    show_logs "$LOG_DIR/initdb.log"
    exit 1
  fi

  # Our settings go into a separate file rewritten on every start, so a moved
  # checkout (new socket path) still works.
  printf "\n# PartnershipHub local settings (scripts/infra.sh)\ninclude_if_exists = '%s'\n" "$PG_CONF_NAME" \
    >>"$PG_DATA/postgresql.conf"
}

pg_write_conf() {
  local conf="$PG_DATA/$PG_CONF_NAME"
  cat >"$conf" <<EOF
# Generated by scripts/infra.sh on every start - edits are overwritten.
listen_addresses = '127.0.0.1'
port = $PH_POSTGRES_PORT
max_connections = 500
unix_socket_directories = '$(pg_socket_dir)'
EOF
  [[ $EUID -ne 0 ]] || chown postgres:postgres "$conf"
}

pg_up() {
  local pid
  pid=$(read_pid "$PG_PIDFILE")
  if [[ -e $PG_PIDFILE ]] && ! pid_alive "$pid" "$PG_DATA"; then
    log "postgres: removing stale pid file (pid ${pid:-?} is not our server)"
    rm -f "$PG_PIDFILE"
    pid=""
  fi
  # Our data dir's postmaster is ours even if the pid file got lost.
  if [[ -z $pid ]] && pid_alive "$(pg_data_pid)" "$PG_DATA"; then
    pid=$(pg_data_pid)
    echo "$pid" >"$PG_PIDFILE"
  fi

  if [[ -n $pid ]]; then
    if ! pg_ready; then
      log "postgres: pid $pid is alive but not ready yet; waiting"
      pg_wait
    fi
    log "postgres: already running (pid $pid, port $PH_POSTGRES_PORT)"
    return 0
  fi

  if port_open "$PH_POSTGRES_PORT"; then
    log "postgres: port $PH_POSTGRES_PORT is answered by a server this checkout did not start (another worktree?); using it"
    pg_wait
    return 0
  fi

  pg_prepare_dirs
  pg_init
  pg_write_conf
  log "postgres: starting on 127.0.0.1:$PH_POSTGRES_PORT (log: ${PG_LOG#"$PH_ROOT"/})"
  # 9>&- : don't let the server inherit our lock fd.
  if ! as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -s -w -t "$PG_START_TIMEOUT" 9>&-; then
    err "pg_ctl start failed"
    show_logs "$PG_LOG"
    exit 1
  fi
  pg_wait
  pid=$(pg_data_pid)
  echo "$pid" >"$PG_PIDFILE"
  log "postgres: started (pid $pid)"
}

# Wait until the TCP port accepts connections; fail with the log tail.
pg_wait() {
  local end=$((SECONDS + PG_START_TIMEOUT))
  until pg_ready; do
    if ((SECONDS >= end)); then
      err "postgres did not become ready on 127.0.0.1:$PH_POSTGRES_PORT within ${PG_START_TIMEOUT}s"
      show_logs "$PG_LOG"
      exit 1
    fi
    sleep 0.5
  done
}

pg_down() {
  local pid dpid
  pid=$(read_pid "$PG_PIDFILE")
  dpid=$(pg_data_pid)
  if ! pid_alive "$pid" "$PG_DATA" && ! pid_alive "$dpid" "$PG_DATA"; then
    rm -f "$PG_PIDFILE"
    if port_open "$PH_POSTGRES_PORT"; then
      log "postgres: port $PH_POSTGRES_PORT is served by a server this checkout did not start; leaving it running"
    else
      log "postgres: already stopped"
    fi
    return 0
  fi
  pid_alive "$pid" "$PG_DATA" || pid=$dpid
  log "postgres: stopping (pid $pid)"
  if ! as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -s -w -t 60; then
    # Fallback: SIGINT is PostgreSQL's "fast shutdown".
    err "pg_ctl stop failed; sending SIGINT to $pid"
    kill -INT "$pid" 2>/dev/null || true
    wait_pid_gone "$pid" 30 || { kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$PG_PIDFILE"
  log "postgres: stopped"
}

pg_status() {
  local pid
  pid=$(read_pid "$PG_PIDFILE")
  pid_alive "$pid" "$PG_DATA" || pid=$(pg_data_pid)
  if pid_alive "$pid" "$PG_DATA"; then
    if pg_ready; then
      echo "postgres: running (pid $pid, port $PH_POSTGRES_PORT)"
    else
      echo "postgres: starting/not ready (pid $pid, port $PH_POSTGRES_PORT)"
    fi
  elif port_open "$PH_POSTGRES_PORT"; then
    echo "postgres: running (port $PH_POSTGRES_PORT, not started by this checkout)"
  else
    echo "postgres: stopped"
  fi
}

# --------------------------------------------------------------- RabbitMQ --

# The single place that defines the environment for rabbitmq-server AND every
# rabbitmqctl/rabbitmq-plugins call: they must agree on node name, cookie
# (in $HOME) and epmd port, or the CLI cannot reach the node.
rabbit_env() {
  export HOME="$RMQ_DIR/home"
  export RABBITMQ_NODENAME="$RMQ_NODENAME"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$PH_RABBIT_PORT"
  # Must be explicit: the default (NODE_PORT + 20000) would be > 65535.
  export RABBITMQ_DIST_PORT="$RMQ_DIST_PORT"
  # Private epmd, so a distro rabbitmq/epmd on 4369 is irrelevant.
  export ERL_EPMD_PORT="$EPMD_PORT"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$RMQ_LOG_DIR"
  export RABBITMQ_PID_FILE="$RMQ_NODE_PIDFILE"
  export RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
  # Our own env file instead of /etc/rabbitmq/rabbitmq-env.conf, whose
  # NODENAME/NODE_PORT etc. would otherwise override the values above.
  export RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"
  # Keep CLI distribution ports next to ours instead of 35672-35682.
  export RABBITMQ_CTL_DIST_PORT_MIN=55691
  export RABBITMQ_CTL_DIST_PORT_MAX=55699
  # Erlang distribution listens on loopback only. The +sbwt flags stop the Erlang schedulers from spinning while
  # they wait for work: here RabbitMQ shares two cores with PostgreSQL and the services, and its busy-waiting took
  # CPU they needed (docs/decisions/0014).
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
  # Otherwise a crash dump lands in the cwd.
  export ERL_CRASH_DUMP="$RMQ_LOG_DIR/erl_crash.dump"
  # NOTIFY_SOCKET would make rabbitmq-server believe it runs under systemd.
  unset RABBITMQ_ENV_LOADED NOTIFY_SOCKET
}

# Run a command with the RabbitMQ environment, without leaking it to us.
rabbit_cmd() {
  (
    rabbit_env
    cd "$RMQ_DIR"
    exec "$@"
  )
}

mgmt_ok() {
  curl -fsS -o /dev/null -m 3 -u guest:guest \
    "http://127.0.0.1:$PH_RABBIT_MGMT_PORT/api/overview" >/dev/null 2>&1
}

# Echo the pid of our broker if it is alive: the launcher we started, or the
# Erlang VM from RABBITMQ_PID_FILE if the launcher is gone.
rabbit_live_pid() {
  local pid npid
  pid=$(read_pid "$RMQ_PIDFILE")
  npid=$(read_pid "$RMQ_NODE_PIDFILE")
  if pid_alive "$pid" rabbitmq-server; then
    echo "$pid"
  elif pid_alive "$npid" beam.smp; then
    echo "$npid"
  fi
}

rabbit_write_conf() {
  mkdir -p "$RMQ_DIR/home" "$RMQ_DIR/mnesia" "$RMQ_LOG_DIR" "$RUN_DIR"
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
# Generated by scripts/infra.sh on every start - edits are overwritten.
listeners.tcp.default = 127.0.0.1:$PH_RABBIT_PORT
management.tcp.port = $PH_RABBIT_MGMT_PORT
management.tcp.ip = 127.0.0.1
EOF
  echo '[rabbitmq_management].' >"$RMQ_DIR/enabled_plugins"
  echo '[].' >"$RMQ_DIR/advanced.config"
  echo '# Intentionally empty: isolates us from /etc/rabbitmq/rabbitmq-env.conf.' >"$RMQ_DIR/rabbitmq-env.conf"
}

rabbit_start() {
  rabbit_write_conf
  # Remember whether our epmd was started by this broker, so `down` only
  # stops an epmd we caused (the marker survives until then).
  port_open "$EPMD_PORT" || touch "$EPMD_MARKER"
  rm -f "$RMQ_PIDFILE" "$RMQ_NODE_PIDFILE"

  log "rabbitmq: starting $RMQ_NODENAME on 127.0.0.1:$PH_RABBIT_PORT (logs: ${RMQ_LOG_DIR#"$PH_ROOT"/}/)"
  # Plain background process in its own session, calling the real script
  # (the /usr/sbin wrappers would su to the rabbitmq user and lose HOME).
  # The inner bash writes its own pid, then execs, so the pid file is exact
  # whether or not setsid had to fork. 9>&- : don't inherit our lock fd.
  echo "=== $(date '+%F %T') infra.sh up ===" >>"$RMQ_LOG_DIR/startup.log"
  (
    rabbit_env
    cd "$RMQ_DIR"
    # shellcheck disable=SC2016 # expanded by the inner bash
    exec setsid bash -c 'echo "$$" >"$1"; shift; exec "$@"' _ \
      "$RMQ_PIDFILE" "$RMQ_BIN/rabbitmq-server"
  ) </dev/null >>"$RMQ_LOG_DIR/startup.log" 2>&1 9>&- &

  local end=$((SECONDS + 10))
  until [[ -s $RMQ_PIDFILE ]]; do
    if ((SECONDS >= end)); then
      err "rabbitmq-server launcher did not start"
      show_logs "$RMQ_LOG_DIR/startup.log"
      exit 1
    fi
    sleep 0.1
  done
}

# Wait for the management API (and, for our own node, await_startup).
# $1: pid to watch for early exit (optional).
rabbit_wait() {
  local pid=${1:-} end=$((SECONDS + RMQ_START_TIMEOUT))
  until mgmt_ok; do
    if [[ -n $pid ]] && ! pid_alive "$pid" rabbitmq-server beam.smp; then
      err "rabbitmq exited during startup"
      show_logs "$RMQ_LOG_DIR/startup.log" "$RMQ_LOG_DIR/$RMQ_NODENAME.log"
      exit 1
    fi
    if ((SECONDS >= end)); then
      err "RabbitMQ management API did not answer on 127.0.0.1:$PH_RABBIT_MGMT_PORT within ${RMQ_START_TIMEOUT}s"
      show_logs "$RMQ_LOG_DIR/startup.log" "$RMQ_LOG_DIR/$RMQ_NODENAME.log"
      exit 1
    fi
    sleep 1
  done
  if [[ -n $pid ]]; then
    # Normally instant once the API answers; confirms the CLI/cookie setup too.
    if ! rabbit_cmd timeout 60 "$RMQ_BIN/rabbitmqctl" -q await_startup --timeout 60 >/dev/null 2>&1; then
      err "rabbitmqctl await_startup failed"
      show_logs "$RMQ_LOG_DIR/$RMQ_NODENAME.log"
      exit 1
    fi
  fi
}

rabbit_up() {
  local pid
  pid=$(rabbit_live_pid)
  if [[ -z $pid ]] && [[ -e $RMQ_PIDFILE || -e $RMQ_NODE_PIDFILE ]]; then
    log "rabbitmq: removing stale pid file(s) (not our broker any more)"
    rm -f "$RMQ_PIDFILE" "$RMQ_NODE_PIDFILE"
  fi

  if [[ -n $pid ]]; then
    if ! port_open "$PH_RABBIT_PORT" || ! mgmt_ok; then
      log "rabbitmq: pid $pid is alive but not ready yet; waiting"
      rabbit_wait "$pid"
    fi
    log "rabbitmq: already running (pid $pid, port $PH_RABBIT_PORT)"
    return 0
  fi

  if port_open "$PH_RABBIT_PORT" || port_open "$RMQ_DIST_PORT"; then
    log "rabbitmq: port $PH_RABBIT_PORT/$RMQ_DIST_PORT is answered by a broker this checkout did not start (another worktree?); using it"
    rabbit_wait ""
    return 0
  fi

  rabbit_start
  pid=$(read_pid "$RMQ_PIDFILE")
  rabbit_wait "$pid"
  log "rabbitmq: started (pid $pid, node pid $(read_pid "$RMQ_NODE_PIDFILE"))"
}

rabbit_down() {
  local pid npid p pids=() ctl_ok=1
  pid=$(rabbit_live_pid)
  if [[ -z $pid ]]; then
    rm -f "$RMQ_PIDFILE" "$RMQ_NODE_PIDFILE"
    if port_open "$PH_RABBIT_PORT"; then
      log "rabbitmq: port $PH_RABBIT_PORT is served by a broker this checkout did not start; leaving it running"
    else
      log "rabbitmq: already stopped"
      epmd_down
    fi
    return 0
  fi

  pid=$(read_pid "$RMQ_PIDFILE")
  npid=$(read_pid "$RMQ_NODE_PIDFILE")
  log "rabbitmq: stopping (pid ${pid:-?}, node pid ${npid:-?})"
  # Only pids that are still ours (a stale file may name a recycled pid).
  if pid_alive "$pid" rabbitmq-server; then pids+=("$pid"); fi
  if pid_alive "$npid" beam.smp; then pids+=("$npid"); fi
  if ! rabbit_cmd timeout 60 "$RMQ_BIN/rabbitmqctl" -q stop >/dev/null 2>&1; then
    err "rabbitmqctl stop failed; stopping by pid"
    ctl_ok=0
  fi
  for p in "${pids[@]}"; do
    if ((ctl_ok)) && wait_pid_gone "$p" 30; then continue; fi
    # Fallback: TERM makes the launcher stop the VM gracefully.
    kill -TERM "$p" 2>/dev/null || true
    wait_pid_gone "$p" 30 || { kill -KILL "$p" 2>/dev/null || true; }
  done
  rm -f "$RMQ_PIDFILE" "$RMQ_NODE_PIDFILE"
  log "rabbitmq: stopped"
  epmd_down
}

# Stop the private epmd only if our broker started it.
epmd_down() {
  [[ -f $EPMD_MARKER ]] || return 0
  if port_open "$EPMD_PORT"; then
    if ERL_EPMD_PORT="$EPMD_PORT" epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1; then
      log "epmd: stopped (port $EPMD_PORT)"
    else
      log "epmd: left running on port $EPMD_PORT (nodes still registered?)"
      return 0
    fi
  fi
  rm -f "$EPMD_MARKER"
}

rabbit_status() {
  local pid
  pid=$(rabbit_live_pid)
  if [[ -n $pid ]]; then
    if port_open "$PH_RABBIT_PORT" && mgmt_ok; then
      echo "rabbitmq: running (pid $pid, port $PH_RABBIT_PORT, management $PH_RABBIT_MGMT_PORT)"
    else
      echo "rabbitmq: starting/not ready (pid $pid, port $PH_RABBIT_PORT)"
    fi
  elif port_open "$PH_RABBIT_PORT"; then
    echo "rabbitmq: running (port $PH_RABBIT_PORT, not started by this checkout)"
  else
    echo "rabbitmq: stopped"
  fi
}

# ------------------------------------------------------------------- main --

# Serialise concurrent up/down calls from this checkout (e.g. parallel runs).
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/infra.lock"
  if ! flock -w 300 9; then
    err "another scripts/infra.sh is still running (lock $RUN_DIR/infra.lock)"
    exit 1
  fi
}

cmd_up() {
  local start=$SECONDS
  ensure_gitignore
  ensure_packages
  take_lock
  mkdir -p "$LOG_DIR"
  pg_up
  rabbit_up
  log "infrastructure up ($((SECONDS - start))s)"
  echo "ConnectionStrings__postgres=$PH_PG_ADMIN"
  echo "ConnectionStrings__messaging=$PH_AMQP"
  echo "RabbitMQ management: http://127.0.0.1:$PH_RABBIT_MGMT_PORT (guest/guest)"
}

cmd_down() {
  take_lock
  # Stop in reverse order of start; keep going if one fails.
  local rc=0
  rabbit_down || rc=1
  pg_down || rc=1
  return "$rc"
}

cmd_status() {
  pg_status
  rabbit_status
}

(($# == 1)) || usage
case "$1" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) usage ;;
esac
