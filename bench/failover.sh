#!/usr/bin/env bash
# Two instances behind HAProxy on this machine, one killed under load (issue 19). Both run the same jar on Debian's
# PostgreSQL (the cluster pg_lsclusters lists) and one shared data directory (attachments, audit keys), with the
# overdue sweep scheduled every ten seconds on both. bench/Failover.java reports hazards through the API and reads
# pages with signed-in sessions through HAProxy; after KILL_AFTER seconds instance A is killed (kill -9). Then:
#   - no signed-in user was signed out (sessions live in PostgreSQL: Spring Session JDBC),
#   - every acknowledged write is in the database (a write in flight on the killed instance is retried with its
#     Idempotency-Key: 409 until its claim is taken over, safeledger.idempotency.abandoned-after, here 20 s),
#   - no sweep ran twice on one tick (ShedLock, held at least five seconds).
# Needs a built jar, haproxy and postgresql (Debian packages), root or sudo for the database set-up.
#   [SECONDS_RUN=60] [KILL_AFTER=25] [WRITERS=4] [BROWSERS=4] bench/failover.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
cp "${JAR:-$(ls target/safeledger-*.jar | head -1)}" "$WORK/app.jar"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
PG_VERSION=$(pg_lsclusters -h | awk '$2 == "main" {print $1}' | sort -n | tail -1)
pg_ctlcluster "$PG_VERSION" main start 2>/dev/null || true
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $3}')
as_postgres psql -q -p "$PG_PORT" <<'SQL'
DROP DATABASE IF EXISTS safeledger_failover;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'safeledger_fo') THEN
    CREATE ROLE safeledger_fo LOGIN PASSWORD 'safeledger_fo';
  END IF;
END $$;
CREATE DATABASE safeledger_failover OWNER safeledger_fo;
SQL
URL="jdbc:postgresql://localhost:$PG_PORT/safeledger_failover"
common=(--spring.datasource.url="$URL" --spring.datasource.username=safeledger_fo
        --spring.datasource.password=safeledger_fo --safeledger.data-dir="$WORK/data" --safeledger.demo=true
        --logging.file.name= "--safeledger.overdue.cron=*/10 * * * * *" --safeledger.overdue.lock-at-least=PT5S
        --safeledger.idempotency.abandoned-after=PT20S)
start() { # name port
  java ${JAVA_OPTS:--Xmx768m} -jar "$WORK/app.jar" --server.port="$2" "${common[@]}" > "$WORK/$1.log" 2>&1 &
  echo $!
}
wait_up() { for _ in $(seq 1 180); do curl -sf "localhost:$1/actuator/health" >/dev/null && return 0; sleep 1; done; return 1; }
A=$(start a 18091); wait_up 18091
B=$(start b 18092); wait_up 18092
cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  option redispatch
  retries 3
frontend web
  bind 127.0.0.1:18090
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /actuator/health
  default-server inter 1s fall 2 rise 2
  server a 127.0.0.1:18091 check
  server b 127.0.0.1:18092 check
CFG
haproxy -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
HAP=$!
trap 'kill $HAP $B 2>/dev/null; kill $A 2>/dev/null; wait 2>/dev/null; cp "$WORK"/*.log /tmp/ 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 30); do curl -sf localhost:18090/actuator/health >/dev/null && break; sleep 1; done
echo "== two instances up (a: $A, b: $B) behind haproxy :18090; driving for ${SECONDS_RUN:-60} s"
java bench/Failover.java http://127.0.0.1:18090 "${SECONDS_RUN:-60}" "${WRITERS:-4}" "${BROWSERS:-4}" "$WORK/acked.txt" \
  > "$WORK/driver.out" 2>&1 &
DRIVER=$!
sleep "${KILL_AFTER:-25}"
kill -9 "$A"
echo "== instance a killed at $(date +%T)"
wait $DRIVER || { cat "$WORK/driver.out"; echo "FAIL: the driver stopped"; exit 1; }
cat "$WORK/driver.out"
acked=$(wc -l < "$WORK/acked.txt")
stored=$(PGPASSWORD=safeledger_fo psql -qtA -h localhost -p "$PG_PORT" -U safeledger_fo safeledger_failover \
  -c "SELECT count(*) FROM hazard WHERE id IN ($(paste -sd, "$WORK/acked.txt"))")
echo "acknowledged writes: $acked, found in the database: $stored"
# every scheduled sweep of both instances, by the ten-second tick it ran on: more than one run on a tick is a double
runs=$(grep -h "overdue sweep run" "$WORK/a.log" "$WORK/b.log" | cut -c1-18 | sort)
ticks=$(echo "$runs" | uniq -c | awk '$1 > 1' | wc -l)
echo "scheduled sweeps run: $(echo "$runs" | grep -c . || true), ticks run twice: $ticks"
failed=0
[ "$acked" -gt 0 ] && [ "$acked" -eq "$stored" ] || { echo "FAIL: acknowledged writes missing"; failed=1; }
[ "$ticks" -eq 0 ] || { echo "FAIL: a sweep ran twice on one tick"; failed=1; }
grep -q "^signed out: 0$" "$WORK/driver.out" || { echo "FAIL: a signed-in user was signed out"; failed=1; }
[ "$failed" -eq 0 ] && echo "PASS"
exit $failed
