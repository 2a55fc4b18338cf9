#!/usr/bin/env bash
# RabbitMQ in the foreground, as an AppHost resource (Infrastructure/LocalRabbitMQExtensions.cs):
#   rabbitmq.sh DATA_DIR AMQP_PORT MANAGEMENT_PORT DISTRIBUTION_PORT EPMD_PORT BIN_DIR
# A node of its own (name, cookie, epmd, ports, config) so a distribution-started RabbitMQ or the test servers
# (scripts/infra.sh) never interfere, logging to the console the dashboard shows. The epmd it starts is stopped with
# it: left alone, epmd outlives the broker.
set -uo pipefail
data=$1 port=$2 management=$3 distribution=$4 epmd_port=$5 bin=$6
fail() {
  echo "rabbitmq: $*" >&2
  exit 1
}

[[ -x $bin/rabbitmq-server ]] ||
  fail "RabbitMQ is not installed ($bin/rabbitmq-server is missing). Fix: apt-get install rabbitmq-server (scripts/run.sh does this), or set PartnershipHub:RabbitMQBinDirectory."
for p in "$port" "$management" "$distribution"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    fail "port $p on 127.0.0.1 is already in use by another program. Fix: stop it (an earlier run? scripts/run.sh stop), or set PartnershipHub:Ports:RabbitMQ / RabbitMQManagement / RabbitMQDistribution to free ports."
  fi
done

mkdir -p "$data/home" "$data/mnesia" || fail "cannot create $data"
cd "$data" || fail "cannot enter $data"
cat >rabbitmq.conf <<CONF
# Written by AppHost/Processes/rabbitmq.sh at every start.
listeners.tcp.default = 127.0.0.1:$port
management.tcp.port = $management
management.tcp.ip = 127.0.0.1
CONF
echo '[rabbitmq_management].' >enabled_plugins
echo '[].' >advanced.config
echo '# Empty on purpose: /etc/rabbitmq/rabbitmq-env.conf must not override the settings below.' >rabbitmq-env.conf

export HOME=$data/home
export RABBITMQ_NODENAME=partnershiphub-apphost@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port RABBITMQ_DIST_PORT=$distribution
export ERL_EPMD_PORT=$epmd_port ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE=$data/mnesia RABBITMQ_LOGS=- RABBITMQ_PID_FILE=$data/rabbitmq.pid
export RABBITMQ_CONFIG_FILE=$data/rabbitmq.conf RABBITMQ_ADVANCED_CONFIG_FILE=$data/advanced.config
export RABBITMQ_ENABLED_PLUGINS_FILE=$data/enabled_plugins RABBITMQ_CONF_ENV_FILE=$data/rabbitmq-env.conf
export RABBITMQ_CTL_DIST_PORT_MIN=$((distribution + 1)) RABBITMQ_CTL_DIST_PORT_MAX=$((distribution + 9))
export ERL_CRASH_DUMP=$data/erl_crash.dump
# Distribution on loopback only; no scheduler busy-waiting on a machine shared with PostgreSQL and the services
# (docs/decisions/0014).
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
unset RABBITMQ_ENV_LOADED NOTIFY_SOCKET

# Our own epmd, owned by this script (a leftover one from a killed run is reused and stopped at the end).
if ! epmd -port "$epmd_port" -names >/dev/null 2>&1; then
  epmd -port "$epmd_port" -address 127.0.0.1 &
fi
stop_epmd() { epmd -port "$epmd_port" -kill >/dev/null 2>&1; }

"$bin/rabbitmq-server" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT
while kill -0 "$server" 2>/dev/null; do
  wait "$server"
  status=$?
done
stop_epmd
echo "rabbitmq: stopped (exit ${status:-0})"
exit "${status:-0}"
