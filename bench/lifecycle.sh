#!/usr/bin/env bash
# The lifecycle benchmark on a fresh million-hazard database: the API (bearer, then HTTP Basic) and pgbench running
# the same SQL, interleaved, so that both see the same table sizes. Needs wrk and pgbench (Debian), a built jar.
#   [HAZARDS=1000000] [JAVA_OPTS=...] bench/lifecycle.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
C=${1:-16}
DATA=$(mktemp -d)
JAR=${JAR:-$(ls target/safeledger-*.jar | head -1)}
DB="postgresql://postgres@localhost:15432/postgres"
java ${JAVA_OPTS:-} -jar "$JAR" --server.port=18080 --safeledger.data-dir="$DATA" --safeledger.embedded-db.port=15432 \
     --logging.file.name= > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:18080/actuator/health >/dev/null && break; sleep 1; done
# the embedded server has passwords (issue 14): the superuser's is in the data directory, owner-only
export PGPASSWORD=$(sed -n 's/^postgres=//p' "$DATA/postgres.credentials")
for _ in $(seq 1 60); do curl -sf -u mine1:demo2026 localhost:18080/api/v1/me >/dev/null && break; sleep 1; done
psql -q "$DB" -v hazards="${HAZARDS:-1000000}" -f bench/generate.sql > /dev/null
ENTERPRISE=$(curl -s -u mine1:demo2026 localhost:18080/api/v1/me | sed 's/.*"enterpriseId":\([0-9]*\).*/\1/')
USER_ID=$(psql -qtA "$DB" -c "select id from user_account where username = 'mine1'")
TOKEN=$(curl -s -u mine1:demo2026 -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
        localhost:18080/api/v1/tokens | sed 's/.*"token":"\([^"]*\)".*/\1/')
BASIC="Basic $(printf 'mine1:demo2026' | base64)"
api() { wrk -t"$C" -c"$C" -d"$2" --latency -s bench/lifecycle.lua http://localhost:18080 -- "$1" "$ENTERPRISE"; }
ceiling() { pgbench -n -M prepared -c "$C" -j 2 -T 20 -D enterprise="$ENTERPRISE" -D user="$USER_ID" -f bench/lifecycle.sql "$DB"; }
api "Bearer $TOKEN" "${WARMUP:-180s}" > /dev/null   # warm-up: JIT (C2 is still compiling after 45 s), caches
for round in 1 2; do
  echo "== round $round: API, bearer";  api "Bearer $TOKEN" 20s | grep -E "lifecycles|p50"
  echo "== round $round: API, Basic";   api "$BASIC" 20s | grep -E "lifecycles|p50"
  echo "== round $round: pgbench";      ceiling | grep -E "^tps|latency average"
  # the lightest authenticated request (token lookup, a small JSON answer): what the web stack itself serves here
  echo "== round $round: GET /api/v1/me, bearer"
  wrk -t"$C" -c"$C" -d20s --latency -H "Authorization: Bearer $TOKEN" http://localhost:18080/api/v1/me \
    | grep -E "Requests/sec|50%|99%"
done
