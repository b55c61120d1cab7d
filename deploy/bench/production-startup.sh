#!/usr/bin/env bash
# Start-up of the production artefact against PostgreSQL (127.0.0.1:5432, database
# ledernett_bench, created anew): launch to ready (/health/ready 200) and RSS when ready, for a
# first start (empty database: every migration runs) and for restarts (schema in place); then RSS
# after 200 API requests. Usage: bash deploy/bench/production-startup.sh [restarts]  (build first)
set -euo pipefail
cd "$(dirname "$0")/../.."
restarts="${1:-3}"
jar=$(ls -t modules/app/target/ledernett-*.jar 2>/dev/null | head -1)
[[ -n "$jar" ]] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
port=18083
db=ledernett_bench
work=$(mktemp -d /tmp/ledernett-bench.XXXXXX)
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

ms=0 mib=0
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
java_pid() { pgrep -f "rootDir $work/data/payara" | head -1; }

start() { # sets ms (launch to ready) and mib (RSS when ready); leaves the server running as $pid
    local t0; t0=$(date +%s%N)
    LEDERNETT_PORT=$port LEDERNETT_DATA_DIR="$work/data" LEDERNETT_LOG_FORMAT=json \
    LEDERNETT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDERNETT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
    LEDERNETT_DB_USER=postgres LEDERNETT_DB_PASSWORD=unused \
        bash deploy/run-production.sh "$jar" >"$work/server.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1800); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]] && break
        sleep 0.1
    done
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    mib=$(rss "$pid")
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

printf '%-10s %10s %10s\n' start ready_ms rss_mib
start; printf '%-10s %10s %10s\n' first "$ms" "$mib"
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$port/api/municipalities?size=50"; done
printf '%-10s %10s %10s\n' "+200 req" - "$(rss "$pid")"
stop
for r in $(seq 1 "$restarts"); do
    start; printf '%-10s %10s %10s\n' "restart$r" "$ms" "$mib"
    stop
done
