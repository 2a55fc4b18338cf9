# shellcheck shell=bash
# Shared settings for the local (container-free) infrastructure.
# Sourced by scripts/*.sh; it only sets variables, so it does not change the
# caller's shell options. Ports are deliberately non-default so a distro-started
# PostgreSQL/RabbitMQ on 5432/5672 never collides with ours.

# Repo root = parent of scripts/ (this file lives in scripts/lib/).
PH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"

PH_POSTGRES_PORT=55432
PH_RABBIT_PORT=55672
PH_RABBIT_MGMT_PORT=55680

PH_PG_ADMIN="Host=127.0.0.1;Port=${PH_POSTGRES_PORT};Username=postgres;Password=postgres"
PH_AMQP="amqp://guest:guest@127.0.0.1:${PH_RABBIT_PORT}"
PH_RABBIT_MGMT="http://guest:guest@127.0.0.1:${PH_RABBIT_MGMT_PORT}"

export PH_ROOT PH_POSTGRES_PORT PH_RABBIT_PORT PH_RABBIT_MGMT_PORT \
  PH_PG_ADMIN PH_AMQP PH_RABBIT_MGMT
