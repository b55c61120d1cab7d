#!/usr/bin/env bash
# Database outage drill: starts the production artefact against PostgreSQL (127.0.0.1:5432, trust
# auth, its own database ledernett_ops), puts light load on it (reads and writes, one curl at a
# time), stops PostgreSQL for 20 s, starts it again, and checks that
#   - during the outage readiness is DOWN (503) and liveness stays UP,
#   - the API answers 503 application/problem+json (bokmål; English with Accept-Language: en),
#   - a screen answers a 503 page, never a stack trace,
#   - no answer is a 500 or a hang, and nothing is half-written (rows = 201 answers),
#   - afterwards the instance recovers by itself, without a restart.
# Prints the figures. PostgreSQL is always started again on exit, whatever happened (trap).
# Usage: bash deploy/test/database-outage.sh [path/to/ledernett-<version>.jar]   (port: OUTAGE_PORT, 18081)
set -uo pipefail
# The demo staff user: demo data is loaded into the drill's own database.
auth=(-u staff@ledernett.no:ledernett-demo)
cd "$(dirname "$0")/../.."
jar="${1:-$(ls -t modules/app/target/ledernett-*.jar 2>/dev/null | head -1)}"
[[ -n "$jar" && -f "$jar" ]] || { echo "No artefact: mvn -B package -DskipTests first" >&2; exit 2; }
port="${OUTAGE_PORT:-18081}"
outage_seconds=20
base="http://127.0.0.1:$port"
pgver="$(ls /etc/postgresql | head -1)"
db=ledernett_ops
work="$(mktemp -d /tmp/ledernett-outage.XXXXXX)"
server_pid=""
load_pid=""

pg() { pg_ctlcluster --skip-systemctl-redirect "$pgver" main "$1"; }
pg_up() {
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
        echo "== starting PostgreSQL again"
        pg start || true
        for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && return 0; sleep 1; done
        echo "!! PostgreSQL did not come back" >&2
        return 1
    fi
}
cleanup() {
    [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null
    pg_up
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null
        for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$server_pid" 2>/dev/null
    fi
    [[ "${KEEP:-}" == 1 ]] && echo "work dir kept: $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

failures=0
check() { # check <description> <condition-command...>
    local what="$1"; shift
    if "$@"; then echo "   ok    $what"; else echo "   FAIL  $what"; failures=$((failures + 1)); fi
}
status() { curl -s "${auth[@]}" -o /dev/null -m 15 -w '%{http_code}' "$@"; }

pg_up || exit 1
echo "== fresh database $db"
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1

echo "== starting $(basename "$jar") on port $port"
started=$(date +%s%N)
LEDERNETT_PORT=$port LEDERNETT_DATA_DIR="$work/data" LEDERNETT_LOG_FORMAT=text \
LEDERNETT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDERNETT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
LEDERNETT_DB_USER=postgres LEDERNETT_DB_PASSWORD=unused LEDERNETT_DEMO_DATA=true \
    bash deploy/run-production.sh "$jar" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
    [[ "$(status "$base/health/ready")" == 200 ]] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "server died; log:"; tail -50 "$work/server.log"; exit 1; }
    sleep 0.5
done
[[ "$(status "$base/health/ready")" == 200 ]] || { echo "not ready after 120 s; log:"; tail -50 "$work/server.log"; exit 1; }
echo "   ready after $(( ($(date +%s%N) - started) / 1000000 )) ms"

# Light load: one request at a time, alternating a read and a write; "<phase> <kind> <status> <ms>" per line.
echo before >"$work/phase"
load() {
    local i=0 code phase
    while phase=$(cat "$work/phase" 2>/dev/null) && [[ -n "$phase" ]]; do
        i=$((i + 1))
        if (( i % 2 )); then
            code=$(curl -s "${auth[@]}" -o /dev/null -m 15 -w '%{http_code} %{time_total}' "$base/api/municipalities?size=5")
            echo "$phase read $code" >>"$work/load.txt"
        else
            code=$(curl -s "${auth[@]}" -o "$work/last-write.json" -m 15 -w '%{http_code} %{time_total}' -X POST "$base/api/engagements" \
                -H 'Content-Type: application/json' \
                -d '{"municipality":"0301","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":10,"notes":"outage drill"}')
            echo "$phase write $code" >>"$work/load.txt"
        fi
        sleep 0.1
    done
}
load &
load_pid=$!
sleep 5

echo "== stopping PostgreSQL for $outage_seconds s"
echo outage >"$work/phase"
pg stop
stopped=$(date +%s)
sleep 3
ready_during=$(status "$base/health/ready")
live_during=$(status "$base/health/live")
curl -s "${auth[@]}" -m 15 -o "$work/api-nb.json" -D "$work/api-nb.headers" "$base/api/municipalities/0301"
curl -s "${auth[@]}" -m 15 -o "$work/api-en.json" -H 'Accept-Language: en' "$base/api/municipalities/0301"
curl -s "${auth[@]}" -m 15 -o "$work/write.json" -w '%{http_code}' -X POST "$base/api/contacts" -H 'Content-Type: application/json' \
    -d '{"municipality":"0301","name":"Drill","email":"drill@example.invalid"}' >"$work/write.status"
page_status=$(curl -s "${auth[@]}" -m 15 -o "$work/page.html" -w '%{http_code}' "$base/admin/municipalities/municipality.xhtml?number=0301")
curl -s "${auth[@]}" -m 15 "$base/health/ready" >"$work/ready-during.json"
sleep $(( outage_seconds - ($(date +%s) - stopped) ))

echo "== starting PostgreSQL"
pg start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
back=$(date +%s%N)
echo after >"$work/phase"
ready_ms=""
for _ in $(seq 1 120); do
    if [[ "$(status "$base/health/ready")" == 200 ]]; then ready_ms=$(( ($(date +%s%N) - back) / 1000000 )); break; fi
    sleep 0.25
done
api_ms=""
for _ in $(seq 1 120); do
    if [[ "$(status "$base/api/municipalities/0301")" == 200 ]]; then api_ms=$(( ($(date +%s%N) - back) / 1000000 )); break; fi
    sleep 0.25
done
sleep 5
rm -f "$work/phase"
wait "$load_pid" 2>/dev/null
load_pid=""

echo
echo "== figures"
printf '   %-8s %-6s %s\n' phase kind "answers by status"
for phase in before outage after; do
    for kind in read write; do
        counts=$(awk -v p=$phase -v k=$kind '$1==p && $2==k {print $3}' "$work/load.txt" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
        printf '   %-8s %-6s %s\n' "$phase" "$kind" "${counts:-none}"
    done
done
total=$(wc -l <"$work/load.txt")
slowest=$(awk '{print $4}' "$work/load.txt" | sort -n | tail -1)
echo "   requests: $total, slowest answer: ${slowest} s"
echo "   after PostgreSQL was back: ready in ${ready_ms:-never} ms, API answering in ${api_ms:-never} ms (no restart)"
created=$(grep -c ' write 201 ' "$work/load.txt")
rows=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM engagement WHERE notes = 'outage drill'")
contacts=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM contact WHERE name = 'Drill'")
echo "   engagements answered 201: $created, rows in the database: $rows; contact written during the outage: $contacts rows"

echo
echo "== checks"
check "readiness DOWN (503) during the outage (was $ready_during)" test "$ready_during" = 503
check "readiness names the database as DOWN" grep -q '"name":"database","status":"DOWN"' "$work/ready-during.json"
check "liveness UP during the outage (was $live_during)" test "$live_during" = 200
check "API: 503 problem+json" grep -qi '^content-type: application/problem+json' "$work/api-nb.headers"
check "API: status 503 and Retry-After" grep -qi '^retry-after:' "$work/api-nb.headers"
check "API: bokmål by default" grep -q 'Databasen svarer ikke' "$work/api-nb.json"
check "API: English with Accept-Language: en" grep -q 'The database is not answering' "$work/api-en.json"
check "API: a write during the outage answers 503 (was $(cat "$work/write.status"))" test "$(cat "$work/write.status")" = 503
check "API: that write left nothing behind" test "$contacts" = 0
check "screen: 503 page (was $page_status)" test "$page_status" = 503
check "screen: clear message, no stack trace" bash -c "grep -q 'får ikke kontakt med databasen' '$work/page.html' && ! grep -qi 'exception\|\\.java:' '$work/page.html'"
check "load: only 200, 201 and 503 answers" bash -c "! awk '{print \$3}' '$work/load.txt' | grep -qv '^\(200\|201\|503\)$'"
check "load: 503 answers during the outage" grep -q '^outage .* 503 ' "$work/load.txt"
check "load: nothing but 200 and 201 before the outage" bash -c "! grep '^before' '$work/load.txt' | awk '{print \$3}' | grep -qv '^\(200\|201\)$'"
check "nothing half-written: rows equal 201 answers" test "$rows" = "$created"
check "recovered without restart: ready again within 30 s" test -n "$ready_ms"
check "recovered without restart: API answers again within 30 s" test -n "$api_ms"
check "load: the last 10 requests after recovery answered 200/201" bash -c "[[ \$(grep -c '^after' '$work/load.txt') -ge 10 ]] && ! grep '^after' '$work/load.txt' | tail -10 | awk '{print \$3}' | grep -qv '^\(200\|201\)$'"
check "server log: no stack trace for the outage" bash -c "! grep -q '^\s*at ' '$work/server.log'"
check "same server process throughout" kill -0 "$server_pid"

echo
if (( failures )); then
    echo "database outage drill: $failures check(s) failed (server log: KEEP=1 keeps $work)"
    grep -iE 'warning|severe' "$work/server.log" | tail -20
    exit 1
fi
echo "database outage drill passed"
