#!/usr/bin/env bash
# The overdue sweep at a million hazards with ~1 % crossing a threshold: a fresh database, bench/generate.sql,
# bench/sweep-setup.sql, the plan of the sweep's selection, then a run by hand (timed), and a second run that
# finds nothing. Needs a built jar and psql.
#   [HAZARDS=1000000] [CROSSING=10000] bench/sweep.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d)
JAR=${JAR:-$(ls target/safeledger-*.jar | head -1)}
DB="postgresql://postgres@localhost:15432/postgres"
java ${JAVA_OPTS:-} -jar "$JAR" --server.port=18080 --safeledger.data-dir="$DATA" --safeledger.embedded-db.port=15432 \
     --logging.file.name= --safeledger.overdue.cron=- > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:18080/actuator/health >/dev/null && break; sleep 1; done
# the embedded server has passwords (issue 14): the superuser's is in the data directory, owner-only
export PGPASSWORD=$(sed -n 's/^postgres=//p' "$DATA/postgres.credentials")
for _ in $(seq 1 60); do curl -sf -u admin:demo2026 localhost:18080/api/v1/me >/dev/null && break; sleep 1; done
psql -q "$DB" -v hazards="${HAZARDS:-1000000}" -f bench/generate.sql > /dev/null
psql -q "$DB" -v crossing="${CROSSING:-10000}" -f bench/sweep-setup.sql
echo "== the sweep's selection (first batch of each tier)"
for tier in "0 1" "1 7" "2 15"; do
  set -- $tier
  psql -q "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
    SELECT h.id FROM hazard h WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.escalation_tier < 3
      AND h.escalation_tier = $1 AND h.deadline <= CURRENT_DATE - $2
    ORDER BY h.escalation_tier, h.deadline LIMIT 500 FOR UPDATE OF h SKIP LOCKED"
done
for run in 1 2; do
  echo "== run $run"
  curl -s -u admin:demo2026 -X POST -o /dev/stdout -w '\nseconds: %{time_total}\n' \
       localhost:18080/api/v1/admin/jobs/overdue-sweep/run
done
psql -qtA "$DB" -c "SELECT 'notifications: ' || count(*) FROM notification"
