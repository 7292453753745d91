#!/usr/bin/env bash
# A campaign's progress at scale: a fresh database with bench/generate.sql (1,000,000 hazards over three years,
# 20,000 enterprises), a provincial campaign of the mine-safety bureau (coal and non-coal mines, Inner Mongolia)
# whose days are moved by SQL to the last year, then the plans of its two reads (hazards by county, source,
# grade, listing and closure; enterprises covered, self-checked and inspected) and the progress and the campaign
# timed by curl for the province (about 120 units), the league and the banner. Needs a built jar and psql.
#   [HAZARDS=1000000] [RUNS=10] bench/campaign-progress.sh
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
export PGPASSWORD=$(sed -n 's/^postgres=//p' "$DATA/postgres.credentials")
for _ in $(seq 1 60); do curl -sf -u admin:demo2026 localhost:18080/api/v1/me >/dev/null && break; sleep 1; done
psql -q "$DB" -v hazards="${HAZARDS:-1000000}" -f bench/generate.sql > /dev/null
psql -q "$DB" -c "ANALYZE"
TODAY=$(date +%F)
ID=$(curl -sf -u provduty:demo2026 -H 'Content-Type: application/json' -d '{"kind":"SPECIAL_RECTIFICATION",
  "title":"BENCH 矿山专项整治","sectors":["COAL_MINE","NON_COAL_MINE"],
  "phases":[{"kind":"MOBILISATION","from":"'$TODAY'","to":"'$TODAY'"}]}' localhost:18080/api/v1/campaigns \
  | sed -n 's/^{"campaign":{"id":\([0-9]*\).*/\1/p')
psql -q "$DB" -c "UPDATE campaign_phase SET from_day = from_day - 365 WHERE campaign_id = $ID"
echo "campaign $ID: $(psql -qtA "$DB" -c "SELECT count(*) FROM campaign_unit WHERE campaign_id = $ID") units," \
     "$(psql -qtA "$DB" -c "SELECT count(*) FROM hazard WHERE province_code = '15' AND sector IN ('COAL_MINE','NON_COAL_MINE')
        AND discovered_at >= now() - interval '365 days'") hazards of its sectors and days in the province"
echo "== the hazards' read (province)"
psql -q "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  SELECT region_code, source, grade = 'MAJOR', listing_level IS NOT NULL, status = 'CLOSED', count(*) FROM hazard
  WHERE province_code = '15' AND sector = ANY('{COAL_MINE,NON_COAL_MINE}') AND discovered_at >= now() - interval '365 days'
    AND discovered_at < now() GROUP BY 1, 2, 3, 4, 5"
echo "== the enterprises' read (province)"
psql -q "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  SELECT e.region_code, count(*),
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_run r WHERE r.enterprise_id = e.id
      AND r.template_id = ANY(ARRAY(SELECT template_id FROM campaign_checklist WHERE campaign_id = $ID))
      AND r.status = 'COMPLETED' AND r.outcome <> 'INCOMPLETE')),
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_run r WHERE r.enterprise_id = e.id AND r.kind = 'ENFORCEMENT'
      AND r.status = 'COMPLETED' AND r.completed_at >= now() - interval '365 days'))
  FROM enterprise e WHERE e.region_code LIKE '15%' AND e.sectors && '{COAL_MINE,NON_COAL_MINE}'::text[]
  GROUP BY e.region_code"
for region in 150000 152900 152921; do
  echo "== GET progress?regionCode=$region and the campaign with its units, ${RUNS:-10} runs each (seconds)"
  for path in "/api/v1/campaigns/$ID/progress?regionCode=$region" "/api/v1/campaigns/$ID"; do
    for _ in $(seq 1 "${RUNS:-10}"); do
      curl -s -u provduty:demo2026 -o /dev/null -w '%{time_total}\n' "localhost:18080$path"
    done | sort -n | awk -v p="$path" '{t[NR]=$1} END {printf "%s  min %s  median %s  max %s\n", p, t[1], t[int((NR+1)/2)], t[NR]}'
  done
done
