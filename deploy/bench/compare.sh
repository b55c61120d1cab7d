#!/usr/bin/env bash
# Ledernett against Payara Micro's floor (issue 9): the same Payara Micro runs first a trivial WAR
# (deploy/bench/floor-war: JPA on an H2 file with one entity, one JAX-RS endpoint, one lazy
# PrimeFaces table of 25 rows), then Ledernett's WAR on a generated data set (deploy/bench/
# generate-data.sh, 5,000 leaders, 600 groups, ~12,000 meetings; H2 file, as the floor), one after
# the other in the same run. For each it measures launch to ready, RSS when ready and after the
# load, and with wrk the req/s and p50/p99 latency of the main REST reads (municipality list, group
# list, a group with members, an adviser ranking), the main admin list pages (municipalities,
# groups) and the portal's list page (a contact's leaders), signed in with HTTP Basic; then prints
# both, the ratios and issue 9's targets as a Markdown table (paste it into docs/performance.md).
# Pages are measured as signed-in users browsing: each wrk connection (a thread of its own) sends
# the session cookies of a first visit and keeps Payara's session version up to date, as a browser
# does (deploy/bench/session.lua). Without a session every request would start a new one, and the
# thousands of sessions a run makes fill the heap of both applications.
#
# Usage: bash deploy/bench/compare.sh            (build first: mvn -B install -DskipTests)
# Settings (environment): BENCH_SECONDS=15 measured seconds per URL, BENCH_WARMUP=20 warm-up
# seconds per URL, BENCH_CONNECTIONS=8 (wrk, 2 threads), BENCH_SCALE=1.0 (data set), BENCH_PORT=18510
# (the floor; Ledernett gets the next port), BENCH_KEEP=1 keeps the work directory (logs, data).
# Needs wrk (Debian package `wrk`): the script installs it with apt-get when it is missing, and
# says so. One run takes about 7 minutes on 2 cores. It stops only the servers it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
micro=$root/modules/app/target/payara-micro.jar
war=$root/modules/app/target/ledernett.war
seconds="${BENCH_SECONDS:-15}"
warmup="${BENCH_WARMUP:-20}"
conns="${BENCH_CONNECTIONS:-8}"
scale="${BENCH_SCALE:-1.0}"
port_floor="${BENCH_PORT:-18510}"
port_app=$((port_floor + 1))
heap="-Xmx768m"
[[ -f "$micro" && -f "$war" ]] || { echo "Build first: mvn -B install -DskipTests (needs $micro and $war)" >&2; exit 2; }
if ! command -v wrk >/dev/null; then
    echo "wrk is missing: installing the Debian package wrk (apt-get install -y wrk) ..." >&2
    if [[ $(id -u) == 0 ]]; then apt-get install -y -q wrk >&2; else sudo apt-get install -y -q wrk >&2; fi
fi

work=$(mktemp -d /tmp/ledernett-bench.XXXXXX)
results=$root/target/bench-$(date -u +%Y%m%dT%H%M%S)
pids=()
cleanup() {
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    # wrk's full output and both server logs stay in target/ for a closer look.
    mkdir -p "$results"
    cp "$work"/wrk-*.txt "$results"/ 2>/dev/null || true
    for name in floor ledernett; do cp "$work/$name/server.log" "$results/$name-server.log" 2>/dev/null || true; done
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
    echo "wrk output and server logs: $results" >&2
}
trap cleanup EXIT

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

log "Building the floor WAR (deploy/bench/floor-war) ..."
mvn -B -ntp -q -Dstyle.color=never -f deploy/bench/floor-war/pom.xml package -DskipTests >"$work/mvn.log" 2>&1 \
    || { cat "$work/mvn.log" >&2; exit 1; }
floor_war=$root/deploy/bench/floor-war/target/floor.war

log "Generating the data set (scale $scale) into an H2 file ..."
mkdir -p "$work/ledernett-data"
DATAGEN_SKIP_BUILD="${DATAGEN_SKIP_BUILD:-0}" bash deploy/bench/generate-data.sh --url "jdbc:h2:file:$work/ledernett-data/ledernett" \
    --scale "$scale" --seed 42 >"$work/datagen.log" 2>&1 || { cat "$work/datagen.log" >&2; exit 1; }
grep -E "generated in" "$work/datagen.log" >&2

auth=$(printf '%s' 'staff@ledernett.no:ledernett-demo' | base64)
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
to_ms() { # 850.00us, 12.34ms, 1.20s, 2.00m -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; printf "%.2f", n }'
}

# start <name> <war> <port> <ready path> [env ...]: launches, waits for HTTP 200, sets PID and READY_MS.
start() {
    local name=$1 file=$2 port=$3 path=$4; shift 4
    mkdir -p "$work/$name"
    local t0; t0=$(date +%s%N)
    (cd "$work/$name" && exec env "$@" java $heap -jar "$micro" --deploy "$file" --contextroot / --port "$port" --nocluster \
        --rootDir "$work/$name/payara" >"$work/$name/server.log" 2>&1) &
    PID=$!
    pids+=("$PID")
    for _ in $(seq 1 3000); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Basic $auth" "http://127.0.0.1:$port$path")" == 200 ]]; then
            READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            return
        fi
        kill -0 "$PID" 2>/dev/null || { tail -30 "$work/$name/server.log" >&2; echo "$name did not start" >&2; exit 1; }
        sleep 0.1
    done
    echo "$name not ready after 300 s" >&2; exit 1
}

stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# measure <key> <url> [user:password] [session]: warm-up, then wrk; stores RPS[key], P50[key], P99[key], ERR[key].
# With "session", every connection is a signed-in user with a session of its own (deploy/bench/session.lua).
declare -A RPS P50 P99 ERR ERRTEXT
measure() {
    local key=$1 url=$2
    local auth; auth=$(printf '%s' "${3:-staff@ledernett.no:ledernett-demo}" | base64 -w0)
    local script=() cookies=() threads=2
    if [[ "${4:-}" == session ]]; then
        # One signed-in user per connection, each with the session cookies of a first visit;
        # session.lua keeps Payara's JSESSIONIDVERSION up to date, as a browser does.
        threads=$conns
        for _ in $(seq 1 "$conns"); do
            cookies+=("$(curl -s -D - -o /dev/null -H "Authorization: Basic $auth" "$url" \
                | awk 'tolower($1) == "set-cookie:" {sub(/;.*/, "", $2); printf "%s%s", sep, $2; sep="; "}')")
        done
        [[ "${cookies[0]}" == *JSESSIONID=* ]] || log "  $key: no session cookie from $url"
        script=(-s "$root/deploy/bench/session.lua")
    fi
    local code
    for _ in 1 2 3; do
        code=$(curl -s -o "$work/check.html" -w '%{http_code}' -H "Authorization: Basic $auth" "$url")
        [[ "$code" == 200 ]] && break
        sleep 2
    done
    local rows; rows=$(grep -o 'data-ri="[0-9]*"' "$work/check.html" | wc -l || true)
    log "  $key: HTTP $code$( [[ "$url" == *.xhtml ]] && echo ", $rows table rows") — $url"
    if [[ "$code" != 200 ]]; then
        # Measured anyway (wrk counts the failures); the server log is kept for a look.
        BENCH_KEEP=1
        log "  $url answered $code three times; server logs kept in $work"
    fi
    wrk -t"$threads" -c"$conns" -d"${warmup}s" "${script[@]}" -H "Authorization: Basic $auth" "$url" -- "${cookies[@]}" >/dev/null
    local out; out=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency "${script[@]}" -H "Authorization: Basic $auth" "$url" -- "${cookies[@]}")
    echo "$out" >"$work/wrk-$key.txt"
    RPS[$key]=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    P50[$key]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    P99[$key]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    ERR[$key]=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
    ERRTEXT[$key]=$(awk '/Non-2xx/ {printf "%s non-2xx ", $NF} /Socket errors/ {gsub(/,/, ""); if ($10 > 0) printf "%s timeouts (2 s) ", $10;
        if ($4 + $6 + $8 > 0) printf "%s socket errors ", $4 + $6 + $8}' <<<"$out")
}

log "Floor: starting $floor_war on port $port_floor ..."
start floor "$floor_war" "$port_floor" "/api/items?size=25"
floor_pid=$PID floor_ready=$READY_MS floor_rss_start=$(rss "$PID")
log "Floor ready in $floor_ready ms, RSS $floor_rss_start MiB"
fb=http://127.0.0.1:$port_floor
measure floor-list "$fb/api/items?size=25"
measure floor-one "$fb/api/items/500"
measure floor-page-session "$fb/items.xhtml" "" session
floor_rss_load=$(rss "$floor_pid")
stop "$floor_pid"

log "Ledernett: starting $war on port $port_app (generated data, LEDERNETT_DEMO_DATA=false) ..."
start ledernett "$war" "$port_app" /health/ready LEDERNETT_DATA_DIR="$work/ledernett-data" LEDERNETT_DEMO_DATA=false
app_pid=$PID app_ready=$READY_MS app_rss_start=$(rss "$PID")
log "Ledernett ready in $app_ready ms, RSS $app_rss_start MiB"
ab=http://127.0.0.1:$port_app
group=$(curl -s -H "Authorization: Basic $auth" "$ab/api/groups?size=1&status=ACTIVE" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
measure municipalities "$ab/api/municipalities?size=25"
measure groups "$ab/api/groups?size=25"
measure group "$ab/api/groups/$group"
measure ranking "$ab/api/groups/$group/adviser-ranking"
measure page-municipalities-session "$ab/admin/municipalities/index.xhtml" "" session
measure page-groups-session "$ab/admin/groups/index.xhtml" "" session
# The portal's list: a generated contact's leaders (their municipality's, 25 a page).
contact=$(curl -s -H "Authorization: Basic $auth" "$ab/api/users?role=CONTACT&size=1" | grep -o '"email":"[^"]*"' | head -1 | cut -d'"' -f4)
measure portal-leaders-session "$ab/portal/leaders.xhtml" "$contact:ledernett-demo" session
app_rss_load=$(rss "$app_pid")
stop "$app_pid"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "–"; else printf "%.2f", a / b }'; }
verdict() { # value op limit
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l); print ok ? "met" : "**not met**" }'
}

echo
echo "Machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB memory, $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: 2 threads (pages: one per connection), $conns connections, ${warmup} s warm-up + ${seconds} s per URL; data scale $scale; heap $heap for both"
echo
echo "| measure | floor | Ledernett | ratio | target | |"
echo "|---|---|---|---|---|---|"
r=$(ratio "$app_ready" "$floor_ready")
echo "| launch to ready | $(awk -v m="$floor_ready" 'BEGIN {printf "%.1f s", m/1000}') | $(awk -v m="$app_ready" 'BEGIN {printf "%.1f s", m/1000}') | ${r}× | ≤ 1.2× | $(verdict "$r" "<=" 1.2) |"
r=$(ratio "$app_rss_start" "$floor_rss_start")
echo "| RSS when ready | $floor_rss_start MiB | $app_rss_start MiB | ${r}× | ≤ 1.5× | $(verdict "$r" "<=" 1.5) |"
echo "| RSS after the load | $floor_rss_load MiB | $app_rss_load MiB | $(ratio "$app_rss_load" "$floor_rss_load")× | – | |"
row() { # label key floorkey rps-target p99-target
    local label=$1 k=$2 f=$3 rt=$4 pt=$5
    local rr pr; rr=$(ratio "${RPS[$k]}" "${RPS[$f]}"); pr=$(ratio "${P99[$k]}" "${P99[$f]}")
    local errs=""; [[ "${ERR[$k]}" != 0 ]] && errs=" (${ERRTEXT[$k]% })"
    echo "| $label req/s$errs | ${RPS[$f]} | ${RPS[$k]} | ${rr}× | ≥ ${rt}× | $(verdict "$rr" ">=" "$rt") |"
    echo "| $label p50 / p99 | ${P50[$f]} / ${P99[$f]} ms | ${P50[$k]} / ${P99[$k]} ms | p99 ${pr}× | p99 ≤ ${pt}× | $(verdict "$pr" "<=" "$pt") |"
}
row "REST \`/api/municipalities?size=25\` (floor: \`/api/items?size=25\`)" municipalities floor-list 0.8 1.5
row "REST \`/api/groups?size=25\` (floor: \`/api/items?size=25\`)" groups floor-list 0.8 1.5
row "REST \`/api/groups/{id}\`, with members (floor: \`/api/items/{id}\`)" group floor-one 0.8 1.5
row "REST \`/api/groups/{id}/adviser-ranking\` (floor: \`/api/items/{id}\`)" ranking floor-one 0.8 1.5
row "page \`/admin/municipalities/\`, 25 rows, signed-in user (floor: \`/items.xhtml\`, the same)" page-municipalities-session floor-page-session 0.6 2
row "page \`/admin/groups/\`, 25 rows, signed-in user" page-groups-session floor-page-session 0.6 2
row "portal page \`/portal/leaders.xhtml\`, a contact's leaders (up to 25 rows)" portal-leaders-session floor-page-session 0.6 2
