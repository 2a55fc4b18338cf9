#!/usr/bin/env bash
# The README's run command: the whole system on this machine, with demo data, no containers.
#   scripts/run.sh            start everything, print addresses and demo accounts, Ctrl-C stops it all
#   scripts/run.sh --detach   start everything and return, leaving the services running (end-to-end tests)
#   scripts/run.sh stop       stop services a detached run left behind (PostgreSQL/RabbitMQ keep running;
#                             scripts/infra.sh down stops those)
# Every service gets the configuration keys Aspire would give it: ConnectionStrings__<name>,
# services__<name>__http__0, and OTEL_EXPORTER_OTLP_ENDPOINT when it is set in this shell.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/env.sh
source scripts/lib/env.sh
# shellcheck source=lib/services.sh
source scripts/lib/services.sh

# name | project directory | port | database | API audience
SERVICES=(
  "identity|src/Identity/Identity.Api|5101|identitydb|identity-api"
  "students|src/Students/Students.Api|5102|studentsdb|students-api"
  "companies|src/Companies/Companies.Api|5103|companiesdb|companies-api"
  "internships|src/Internships/Internships.Api|5104|internshipsdb|internships-api"
  "guidance|src/Guidance/Guidance.Api|5105|guidancedb|guidance-api"
  "portal|src/Portal/Portal.Web|5100||"
)

log() { printf '[run] %s\n' "$*"; }

existing_services() {
  local entry dir
  for entry in "${SERVICES[@]}"; do
    IFS='|' read -r _ dir _ _ _ <<<"$entry"
    [[ -f $(find "$dir" -maxdepth 1 -name '*.csproj' -print -quit 2>/dev/null) ]] && echo "$entry"
  done
  return 0
}

stop_detached() {
  local entry name
  while IFS= read -r entry; do
    IFS='|' read -r name _ _ _ _ <<<"$entry"
    PH_STARTED_SERVICES+=("$name")
  done < <(existing_services)
  stop_started_services
}

if [[ ${1:-} == stop ]]; then
  stop_detached
  exit 0
fi
detach=false
[[ ${1:-} == --detach ]] && detach=true

bash scripts/infra.sh up

mapfile -t RUNNING < <(existing_services)
if ((${#RUNNING[@]} == 0)); then
  log "No services exist yet; only PostgreSQL and RabbitMQ are running."
  exit 0
fi

log "Building ${#RUNNING[@]} service(s) (Release)..."
for entry in "${RUNNING[@]}"; do
  IFS='|' read -r name dir _ _ _ <<<"$entry"
  dotnet build "$dir" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || {
    log "Build of $name failed:"
    dotnet build "$dir" -c Release -nologo -v q -clp:ErrorsOnly
    exit 1
  }
done

$detach || trap 'echo; stop_started_services' EXIT
trap '[[ -z ${keepalive:-} ]] || kill "$keepalive" 2>/dev/null; exit 130' INT TERM

# Every service can find every other one by name, as Aspire's service discovery would tell it.
discovery=()
for entry in "${RUNNING[@]}"; do
  IFS='|' read -r name _ port _ _ <<<"$entry"
  discovery+=("services__${name}__http__0=http://127.0.0.1:${port}")
done

# Started in waves, each healthy (its queues bound) before the next starts: a service that publishes demo events at
# start-up must not publish before the services consuming them have their queues, or RabbitMQ drops those events.
declare -A WAVE=([identity]=1 [internships]=1 [guidance]=1 [students]=2 [companies]=2 [portal]=3)

start_entry() {
  local name dir port database audience
  IFS='|' read -r name dir port database audience <<<"$1"
  local settings=("${discovery[@]}"
    "ConnectionStrings__messaging=$PH_AMQP"
    "Database__MigrateOnStartup=true"
    "Seed__Demo=true"
    "Mail__PickupDirectory=$PH_ROOT/.local/mail")
  [[ -n $database ]] && settings+=("ConnectionStrings__${database}=${PH_PG_ADMIN};Database=${database}")
  [[ -n $audience ]] && settings+=("Identity__Audience=$audience")
  # The portal's operator page reads queue depths from the broker's management API.
  [[ $name == portal ]] && settings+=("RabbitMq__ManagementUrl=http://127.0.0.1:$PH_RABBIT_MGMT_PORT"
    "RabbitMq__ManagementUser=guest" "RabbitMq__ManagementPassword=guest"
    # PDFsharp 6.5 renders only after a licence choice. The local demo takes AGPL so the growth document can be
    # shown; a real deployment must make its own choice (docs/portal.md), until then the PDF stays off there.
    "Pdf__License=agpl")
  env "${settings[@]}" bash -c 'source scripts/lib/services.sh; start_service "$@"' _ "$name" "$dir" "$port"
  PH_STARTED_SERVICES+=("$name")
}

for wave in 1 2 3; do
  started=()
  for entry in "${RUNNING[@]}"; do
    IFS='|' read -r name _ port _ _ <<<"$entry"
    [[ ${WAVE[$name]:-3} == "$wave" ]] || continue
    start_entry "$entry"
    started+=("$name|$port")
  done
  for item in "${started[@]}"; do
    IFS='|' read -r name port <<<"$item"
    wait_healthy "$name" "http://127.0.0.1:$port" 300
  done
done

echo
log "PartnershipHub is running (logs: .local/logs/<service>.log, mail: .local/mail/)"
for entry in "${RUNNING[@]}"; do
  IFS='|' read -r name _ port _ _ <<<"$entry"
  printf '  %-12s http://127.0.0.1:%s\n' "$name" "$port"
done
if [[ -d src/Portal/Portal.Web ]]; then
  log "Portal: http://127.0.0.1:5100"
else
  log "Portal: not built yet (issue #8); the APIs above take tokens from Identity."
fi
log "RabbitMQ management: http://127.0.0.1:$PH_RABBIT_MGMT_PORT (guest/guest)"
cat <<'ACCOUNTS'
[run] Demo accounts (password Demo!2026pass):
  coordinator@demo.partnershiphub.nl   mentor@demo.partnershiphub.nl    teacher@demo.partnershiphub.nl
  care@demo.partnershiphub.nl          operator@demo.partnershiphub.nl  trainer@demo.partnershiphub.nl
  student@demo.partnershiphub.nl
ACCOUNTS

if $detach; then
  log "Detached: stop the services with scripts/run.sh stop"
  exit 0
fi
log "Press Ctrl-C to stop."
# Wait in the background and on `wait`, which a signal interrupts: a TERM from kill or a supervisor then stops the
# services at once (bash would otherwise run the trap only when a foreground sleep ends, up to an hour later).
while :; do
  sleep 3600 &
  keepalive=$!
  wait "$keepalive" || true
done
