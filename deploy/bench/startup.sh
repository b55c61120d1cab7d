#!/usr/bin/env bash
# Cold start to ready, and RSS when ready, of Ledernett and of an empty WAR on the same Payara
# Micro, measured back to back (alternating) so the machine's noise hits both alike.
# Usage: bash deploy/bench/startup.sh [rounds]     (build first: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
micro=modules/app/target/payara-micro.jar
war=modules/app/target/ledernett.war
[[ -f "$micro" && -f "$war" ]] || { echo "Build first: mvn install -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd deploy/bench/empty-war && jar cf "$work/empty.war" index.html)

# Prints "<milliseconds> <rss MiB>" for one cold start; $1 war, $2 URL that answers 200 when ready.
measure() {
    local war="$1" path="$2" port=18080 root="$work/root-$RANDOM"
    rm -rf "$work/data"
    local t0; t0=$(date +%s%N)
    LEDERNETT_DATA_DIR="$work/data" java -jar "$micro" --deploy "$war" --contextroot / --port $port --nocluster \
        --rootDir "$root" >"$work/server.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 1200); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")" == 200 ]]; then break; fi
        sleep 0.1
    done
    local t1; t1=$(date +%s%N)
    local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "$(( (t1 - t0) / 1000000 )) $rss"
}

printf '%-6s %-10s %10s %10s\n' round app ready_ms rss_mib
for r in $(seq 1 "$rounds"); do
    read -r ms rss < <(measure "$work/empty.war" /index.html)
    printf '%-6s %-10s %10s %10s\n' "$r" empty "$ms" "$rss"
    read -r ms rss < <(measure "$war" /health/ready)
    printf '%-6s %-10s %10s %10s\n' "$r" ledernett "$ms" "$rss"
done
