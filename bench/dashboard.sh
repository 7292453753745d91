#!/usr/bin/env bash
# The statistics at ten million hazards (issue 19): a fresh embedded database, bench/generate.sql with ten million
# hazards and their timeline events over five years (100,000 enterprises over all counties, 30 % of them in Inner
# Mongolia, 5 % in Alxa Left Banner), the tallies counted, then, single client and warm (bench/Load.java: 10 s warm-up,
# 20 s measured): the dashboard's statistics of the province, the league and the banner; the ledger's first page of a
# county with filters; then the province's monthly report built (three months, each issued fresh) and the overdue
# sweep with nothing to do. Needs a built jar and psql.
#   [HAZARDS=10000000] [ENTERPRISES=100000] [KEEP=dir] bench/dashboard.sh
# KEEP=dir keeps the data directory (and reuses it when it already holds a loaded database: no second load).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${KEEP:-$(mktemp -d)}
mkdir -p "$DATA"
cp "${JAR:-$(ls target/safeledger-*.jar | head -1)}" "$DATA/app.jar"   # a build meanwhile cannot break the run
DB="postgresql://postgres@localhost:15432/postgres"
java ${JAVA_OPTS:-} -jar "$DATA/app.jar" --server.port=18080 --safeledger.data-dir="$DATA" \
     --safeledger.embedded-db.port=15432 --logging.file.name= --safeledger.overdue.cron=- \
     --spring.datasource.hikari.maximum-pool-size=10 > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do curl -sf localhost:18080/actuator/health >/dev/null && break; sleep 1; done
export PGPASSWORD=$(sed -n 's/^postgres=//p' "$DATA/postgres.credentials")
for _ in $(seq 1 60); do curl -sf -u admin:demo2026 localhost:18080/api/v1/me >/dev/null && break; sleep 1; done
if [ ! -f "$DATA/loaded" ]; then
  echo "== load"
  start=$(date +%s)
  psql -q "$DB" -v hazards="${HAZARDS:-10000000}" -v enterprises="${ENTERPRISES:-100000}" -v years=5 \
       -v openshare=0.05 -v imshare=30 -v events=1 -f bench/generate.sql
  psql -q "$DB" -v crossing=0 -f bench/sweep-setup.sql
  echo "loaded in $(( $(date +%s) - start )) s"
  touch "$DATA/loaded"
fi
psql -qtA "$DB" -c "SELECT 'hazards ' || count(*) FROM hazard" \
     -c "SELECT 'events ' || count(*) FROM hazard_event" \
     -c "SELECT 'Inner Mongolia ' || count(*) FROM hazard WHERE province_code = '15'" \
     -c "SELECT 'Alxa League ' || count(*) FROM hazard WHERE city_code = '1529'" \
     -c "SELECT 'Alxa Left Banner ' || count(*) FROM hazard WHERE region_code = '152921'" \
     -c "SELECT 'rollup rows ' || (SELECT count(*) FROM hazard_found_tally) || ' found, '
               || (SELECT count(*) FROM hazard_closed_tally) || ' closed, ' || (SELECT count(*) FROM hazard_open_tally) || ' open'" \
     -c "SELECT 'database ' || pg_size_pretty(pg_database_size(current_database()))"
YEAR_AGO=$(date -d '1 year ago' +%F)
FIVE_YEARS=$(date -d '5 years ago' +%F)
echo "== statistics and ledger, one client"
java bench/Load.java ledger http://localhost:18080 1 "${SECONDS_MEASURED:-20}" \
  "/api/v1/statistics?regionCode=150000" \
  "/api/v1/statistics?regionCode=150000&from=$FIVE_YEARS" \
  "/api/v1/statistics?regionCode=152900" \
  "/api/v1/statistics?regionCode=152921" \
  "/api/v1/statistics/regions?parentCode=150000" \
  "/api/v1/statistics/trend?regionCode=150000&from=$YEAR_AGO" \
  "/api/v1/hazards?regionCode=152921&status=RECTIFYING&overdue=true&size=20" \
  "/api/v1/hazards?regionCode=152921&sector=COAL_MINE&from=$YEAR_AGO&size=20"
echo "== the province's monthly report, issued fresh (both languages, PDF and xlsx)"
for back in 2 3 4; do
  month=$(date -d "$(date +%Y-%m-15) -$back month" +%Y-%m)
  curl -s -u admin:demo2026 -o /dev/null -w "$month: %{http_code} in %{time_total} s\n" \
       "localhost:18080/api/v1/reports/monthly?regionCode=150000&month=$month&format=pdf"
done
echo "== the overdue sweep with nothing to do (twice)"
for run in 1 2; do
  curl -s -u admin:demo2026 -X POST -o /dev/null -w "run $run: %{http_code} in %{time_total} s\n" \
       localhost:18080/api/v1/admin/jobs/overdue-sweep/run
done
