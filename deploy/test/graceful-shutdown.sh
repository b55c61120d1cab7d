#!/usr/bin/env bash
# What happens to requests in flight when an instance gets SIGTERM (container stop, Kubernetes,
# systemd): starts the production artefact against PostgreSQL (database ledernett_ops), runs 4
# request loops (each request ~0.1–0.5 s), sends SIGTERM, and counts how requests ended:
# answered (200), cut off (connection reset or empty reply: in flight when the server went),
# refused (arrived after the port was closed). Prints the figures and the time the JVM took to exit.
# The load stops 2 s after SIGTERM, as a load balancer stops sending once readiness is DOWN.
# Usage: bash deploy/test/graceful-shutdown.sh   (build first; port SHUTDOWN_PORT, 18084)
set -uo pipefail
# The demo staff user: demo data is loaded into the drill's own database.
auth=(-u staff@ledernett.no:ledernett-demo)
cd "$(dirname "$0")/../.."
jar=$(ls -t modules/app/target/ledernett-*.jar 2>/dev/null | head -1)
[[ -n "$jar" ]] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 2; }
port="${SHUTDOWN_PORT:-18084}"
work=$(mktemp -d /tmp/ledernett-shutdown.XXXXXX)
pid=""
trap '[[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='ledernett_ops'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE ledernett_ops"
LEDERNETT_PORT=$port LEDERNETT_DATA_DIR="$work/data" LEDERNETT_DB_URL=jdbc:postgresql://127.0.0.1:5432/ledernett_ops \
LEDERNETT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource LEDERNETT_DB_USER=postgres LEDERNETT_DB_PASSWORD=unused LEDERNETT_DEMO_DATA=true \
    bash deploy/run-production.sh "$jar" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do [[ "$(curl -s "${auth[@]}" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]] && break; sleep 0.1; done

loop() {
    for _ in $(seq 1 400); do
        curl -s "${auth[@]}" -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$port/api/municipalities?size=200&q=a" 2>/dev/null
        echo " $?"
        [[ -f "$work/stop" ]] && break
    done >>"$work/loop-$1.txt"
}
for i in 1 2 3 4; do loop $i & done
sleep 5
echo "== SIGTERM to $pid"
t0=$(date +%s%N)
kill -TERM "$pid"
sleep 0.5
ready=$(curl -s "${auth[@]}" -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$port/health/ready")
sleep 1.5
touch "$work/stop"
wait "$pid" 2>/dev/null
exited_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
pid=""
wait
echo "readiness 0.5 s after SIGTERM: $ready"
cat "$work"/loop-*.txt >"$work/all.txt"
awk '
    $2 == 0 && $1 == 200 { ok++ ; next }
    $2 == 7 { refused++ ; next }
    $2 == 52 || $2 == 56 || ($2 == 0 && $1 == "000") { cut++ ; next }
    { other[$1 " exit " $2]++ }
    END {
        printf "answered 200: %d, cut off in flight: %d, refused after close: %d\n", ok, cut, refused
        for (o in other) printf "other (%s): %d\n", o, other[o]
    }' "$work/all.txt"
echo "JVM exited ${exited_ms} ms after SIGTERM"
answered=$(awk '$1 == 200 && $2 == 0' "$work/all.txt" | wc -l)
bad=$(awk '!($1 == 200 && $2 == 0)' "$work/all.txt" | wc -l)
if [[ "$ready" == 503 && "$bad" == 0 && "$answered" -gt 0 ]]; then
    echo "graceful shutdown: passed (readiness DOWN at once, all $answered requests answered, none cut off)"
else
    echo "graceful shutdown: FAILED (readiness $ready, $bad requests not answered 200)"
    exit 1
fi
