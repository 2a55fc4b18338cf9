#!/usr/bin/env bash
# PostgreSQL in the foreground, as an AppHost resource (Infrastructure/LocalPostgresExtensions.cs):
#   postgres.sh DATA_DIR PORT BIN_DIR
# Makes the data folder on first start, runs the server as the postgres user when started as root (PostgreSQL refuses
# root), and turns the orchestrator's SIGTERM into SIGINT: SIGTERM is PostgreSQL's "smart" shutdown, which waits for
# every client to leave, SIGINT its "fast" one, which ends the cluster cleanly at once.
set -uo pipefail
data=$1 port=$2 bin=$3
fail() {
  echo "postgres: $*" >&2
  exit 1
}

[[ -x $bin/postgres && -x $bin/initdb ]] ||
  fail "PostgreSQL 15 is not installed ($bin/postgres is missing). Fix: apt-get install postgresql (scripts/run.sh does this), or point PartnershipHub:PostgresBinDirectory at another PostgreSQL 15."
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  fail "port $port on 127.0.0.1 is already in use by another program. Fix: stop it (an earlier run? scripts/run.sh stop), or set PartnershipHub:Ports:Postgres to a free port."
fi

as_postgres=()
if ((EUID == 0)); then
  id postgres >/dev/null 2>&1 || fail "the OS user 'postgres' is missing. Fix: apt-get install postgresql."
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

mkdir -p "$data"
if [[ -f $data/PG_VERSION ]]; then
  version=$(<"$data/PG_VERSION")
  [[ $version == 15 ]] ||
    fail "$data holds a PostgreSQL $version cluster; this system runs PostgreSQL 15. Nothing was changed. Fix: start it once with PostgreSQL $version and pg_dumpall it, or move the folder away (a new, empty cluster is then made)."
elif [[ -n $(ls -A "$data") ]]; then
  fail "$data is not empty but holds no PostgreSQL cluster (no PG_VERSION). Nothing was changed. Fix: move the folder away."
fi

if ((EUID == 0)); then
  chown -R postgres:postgres "$data"
  # The postgres user must be able to reach its data folder (e.g. a checkout under /root).
  path=""
  IFS=/ read -ra parts <<<"${data#/}"
  for part in "${parts[@]}"; do
    path+="/$part"
    runuser -u postgres -- test -x "$path" || chmod o+x "$path"
  done
fi
chmod 700 "$data"
cd "$data" || fail "cannot enter $data"

if [[ ! -f $data/PG_VERSION ]]; then
  echo "postgres: making a new cluster in $data"
  pwfile=$(mktemp)
  printf 'postgres\n' >"$pwfile"
  ((EUID == 0)) && chown postgres "$pwfile"
  "${as_postgres[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 \
    --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 || { rm -f "$pwfile"; fail "initdb failed (see above)."; }
  rm -f "$pwfile"
fi

# Settings on the command line, so a moved checkout or another port needs no edit of postgresql.conf; each log line
# names its database, so an operator sees whose statement failed.
"${as_postgres[@]}" "$bin/postgres" -D "$data" -c listen_addresses=127.0.0.1 -c port="$port" \
  -c unix_socket_directories="$data" -c max_connections=500 -c log_line_prefix='%m [%p] %q%d ' 2>&1 &
server=$!
trap 'kill -INT "$server" 2>/dev/null' TERM INT
while kill -0 "$server" 2>/dev/null; do
  wait "$server"
  status=$?
done
echo "postgres: stopped (exit ${status:-0})"
exit "${status:-0}"
