#!/usr/bin/env bash
# Cost of authentication per API request: GET /api/v1/me (one account lookup, a small JSON answer) under
#   1. HTTP Basic with the verification cache (the default),
#   2. a personal API token (Authorization: Bearer),
#   3. HTTP Basic with the cache switched off (bcrypt on every request: what the cache avoids).
# Needs wrk (apt-get install wrk) and a built jar (./mvnw package -DskipTests). Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-$(ls target/safeledger-*.jar | head -1)}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
PORT=18080
DATA=$(mktemp -d)

start() { # $1: basic cache ttl
  java -jar "$JAR" --server.port=$PORT --safeledger.data-dir="$DATA" --safeledger.demo=true \
       --safeledger.security.basic-cache-ttl="$1" --logging.file.name= > "$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
  # the demo loads just after the server answers; wait for its users
  for _ in $(seq 1 60); do curl -sf -u inspector:demo2026 localhost:$PORT/api/v1/me >/dev/null && break; sleep 1; done
}
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; }
run() { # $1 label, $2 authorization header
  echo "== $1"
  curl -sf -H "Authorization: $2" localhost:$PORT/api/v1/me >/dev/null   # warm the path once
  wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: $2" http://localhost:$PORT/api/v1/me >/dev/null  # JIT warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: $2" http://localhost:$PORT/api/v1/me
}

BASIC="Basic $(printf 'inspector:demo2026' | base64)"

start PT5M
TOKEN=$(curl -sf -u inspector:demo2026 -H 'Content-Type: application/json' \
        -d '{"name":"bench","expiresInDays":1}' localhost:$PORT/api/v1/tokens | sed 's/.*"token":"\([^"]*\)".*/\1/')
run "HTTP Basic, verification cache on (default)" "$BASIC"
run "Bearer token" "Bearer $TOKEN"
stop

start PT0S
run "HTTP Basic, verification cache off (bcrypt every request)" "$BASIC"
stop
rm -rf "$DATA"
