#!/usr/bin/env bash
# A realistic workload on a private engine, for the demo, the screenshots and the README:
#   demo-workload.sh DIR    (the engine at unix://DIR/docker.sock, started by engine.sh)
# Idempotent: whatever an earlier run made (label berth.demo) is removed first, then made again.
# Nothing reaches the network: containers run on internal networks or none; the one published port
# is bound to 127.0.0.1 and nothing listens behind it.
set -euo pipefail

dir=${1:?demo-workload.sh DIR}
IMAGE=berth-test:latest
LABEL=berth.demo=1
d() { docker -H "unix://$dir/docker.sock" "$@"; }

# --- clean slate -------------------------------------------------------------------------------
old=$(d ps -aq --filter "label=$LABEL")
[ -n "$old" ] && d rm -f $old >/dev/null
old=$(d network ls -q --filter "label=$LABEL")
[ -n "$old" ] && d network rm $old >/dev/null
old=$(d volume ls -q --filter "label=$LABEL")
[ -n "$old" ] && d volume rm $old >/dev/null

# --- networks and volumes ----------------------------------------------------------------------
# The private engine runs with --bridge=none --iptables=false: user-defined bridge networks still
# work. --internal ones have no route out at all; "edge" is a plain bridge only so that one port can
# be published, on 127.0.0.1.
d network create --label "$LABEL" --internal shop_default >/dev/null
d network create --label "$LABEL" --internal backend >/dev/null
d network create --label "$LABEL" edge >/dev/null
for v in shop_db-data shop_uploads logs-archive; do d volume create --label "$LABEL" "$v" >/dev/null; done

run() { d run -d --label "$LABEL" "$@" >/dev/null; }
compose() {
  local service=$1
  shift
  run --name "shop-$service-1" \
    --label com.docker.compose.project=shop --label "com.docker.compose.service=$service" \
    --label com.docker.compose.container-number=1 --label com.docker.compose.oneoff=False \
    --label com.docker.compose.project.working_dir=/srv/shop "$@"
}

# --- the compose project "shop": web, api, db --------------------------------------------------
compose web --network edge -p 127.0.0.1::80 -v shop_uploads:/srv/uploads "$IMAGE" \
  sh -c 'echo "web: listening on :80"; exec sleep 1000000'
d network connect shop_default shop-web-1
compose api --network shop_default "$IMAGE" sh -c '
  echo "api: connected to db:5432"; i=0
  while true; do i=$((i+1)); echo "$(date -u +%FT%TZ) api GET /orders/$i 200 $((i % 41 + 2))ms"; sleep 4; done'
compose db --network shop_default -v shop_db-data:/var/lib/db "$IMAGE" \
  sh -c 'echo "db: ready to accept connections"; exec sleep 1000000'

# --- a chatty logger, a quiet service, a failed job, a crash loop -------------------------------
run --name logger --network none "$IMAGE" sh -c '
  i=0; levels="INFO INFO INFO DEBUG WARN INFO ERROR"
  while true; do
    i=$((i+1)); set -- $levels; shift $((i % 7)); level=${1:-INFO}
    echo "$(date -u +%FT%TZ) $level request id=$i path=/api/items/$((i % 97)) took=$((i % 53))ms"
    sleep 0.2
  done'
run --name metrics-agent --network backend -v logs-archive:/archive "$IMAGE" sh -c 'exec sleep 1000000'
run --name nightly-migrate --network none "$IMAGE" \
  sh -c 'echo "migrating schema v41 → v42"; echo "error: column \"email\" already exists" >&2; exit 1'
run --name flaky-worker --network none --restart always "$IMAGE" \
  sh -c 'echo "worker starting"; sleep 3; echo "panic: lost connection to queue" >&2; exit 2'
# created and never started
d create --label "$LABEL" --name backup-once --network none "$IMAGE" sh -c 'echo backup' >/dev/null

echo "berth demo: $(d ps -q --filter "label=$LABEL" | wc -l) running of $(d ps -aq --filter "label=$LABEL" | wc -l) containers," \
  "$(d network ls -q --filter "label=$LABEL" | wc -l) networks, $(d volume ls -q --filter "label=$LABEL" | wc -l) volumes on unix://$dir/docker.sock" >&2
