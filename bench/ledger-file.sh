#!/usr/bin/env bash
# Exporting and importing 100,000 hazards as .xlsx with a small heap: a fresh database with bench/generate.sql,
# the application limited to -Xmx${HEAP:-256m}, the export of ~100k rows (one filter) timed, then that file
# imported back as an administrator (checked row by row, then one transaction) with its progress polled.
#   [HAZARDS=1000000] [HEAP=256m] bench/ledger-file.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d)
JAR=${JAR:-$(ls target/safeledger-*.jar | head -1)}
DB="postgresql://postgres@localhost:15432/postgres"
java -Xmx"${HEAP:-256m}" -jar "$JAR" --server.port=18080 --safeledger.data-dir="$DATA" \
     --safeledger.embedded-db.port=15432 --logging.file.name= --safeledger.overdue.cron=- > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:18080/actuator/health >/dev/null && break; sleep 1; done
# the embedded server has passwords (issue 14): the superuser's is in the data directory, owner-only
export PGPASSWORD=$(sed -n 's/^postgres=//p' "$DATA/postgres.credentials")
for _ in $(seq 1 60); do curl -sf -u admin:demo2026 localhost:18080/api/v1/me >/dev/null && break; sleep 1; done
psql -q "$DB" -v hazards="${HAZARDS:-1000000}" -f bench/generate.sql > /dev/null
# deadlines in the future, so that the assigned rows import as assigned (a deadline may not be in the past)
psql -q "$DB" -c "UPDATE hazard SET deadline = current_date + 30 WHERE deadline IS NOT NULL AND status <> 'CLOSED'"
FILTER="status=RECTIFYING&source=SELF_INSPECTION"
echo "== export ($FILTER)"
curl -s -u admin:demo2026 -o "$DATA/ledger.xlsx" -w 'seconds: %{time_total}  bytes: %{size_download}\n' \
     "localhost:18080/api/v1/hazards/export?$FILTER"
echo "== import of that file"
START=$(date +%s.%N)
JOB=$(curl -s -u admin:demo2026 -F "file=@$DATA/ledger.xlsx" localhost:18080/api/v1/hazards/imports)
echo "$JOB" | head -c 300; echo
echo "$JOB" | grep -q '"status":"QUEUED"' || { echo "import refused"; exit 1; }
ID=$(echo "$JOB" | sed 's/.*"id":\([0-9]*\).*/\1/')
echo "validated and queued after $(echo "$(date +%s.%N) - $START" | bc) s"
while true; do
  STATE=$(curl -s -u admin:demo2026 "localhost:18080/api/v1/hazards/imports/$ID")
  echo "$(date +%T) $STATE" | cut -c1-160
  echo "$STATE" | grep -qE '"status":"(DONE|FAILED)"' && break
  sleep 10
done
echo "total seconds: $(echo "$(date +%s.%N) - $START" | bc)"
grep -E "OutOfMemory" "$DATA/app.log" || echo "no OutOfMemoryError with -Xmx${HEAP:-256m}"
