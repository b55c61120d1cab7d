#!/usr/bin/env bash
# Cluster drill: three production instances on loopback (A, B, C), clustered through Payara's data
# grid, sharing one PostgreSQL database (ledernett_cluster), behind nginx (deploy/nginx/ledernett.conf,
# Debian's package). It
#   - checks the three found each other and exactly one runs the scheduled work,
#   - moves a meeting to tomorrow and checks its reminders were queued by one instance only,
#   - signs in as staff through the balancer (the sign-in form, a real web session) until the
#     balancer serves that session from A, creates a contact and opens a screen there,
#   - puts light load on the balancer with that session, stops A (SIGTERM) and keeps going,
#   - checks the session lived on through the balancer (still signed in, the screen opened on A
#     still answers its search), nothing written was lost, and the scheduled work moved to one
#     of B and C.
# Prints the figures: startup time and RSS of one instance, requests and errors during failover.
# Usage: bash deploy/test/cluster-failover.sh [path/to/ledernett-<version>.jar]
#        ports: 18090 (nginx), 18091-18093 (instances), 6911-6913 (data grid); KEEP=1 keeps the logs
set -uo pipefail
cd "$(dirname "$0")/../.."
jar="${1:-$(ls -t modules/app/target/ledernett-*.jar 2>/dev/null | head -1)}"
[[ -n "$jar" && -f "$jar" ]] || { echo "No artefact: mvn -B package -DskipTests first" >&2; exit 2; }
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -x "$nginx_bin" ]] || { echo "No nginx: apt-get install nginx-light" >&2; exit 2; }

names=(A B C)
ports=(18091 18092 18093)
grid=(6911 6912 6913)
lb=18090
balancer="http://127.0.0.1:$lb"
members="127.0.0.1:${grid[0]},127.0.0.1:${grid[1]},127.0.0.1:${grid[2]}"
db=ledernett_cluster
work="$(mktemp -d /tmp/ledernett-cluster.XXXXXX)"
chmod 755 "$work"
jar_cookies="$work/cookies.txt"
pids=("" "" "")
nginx_pid=""
load_pid=""

cleanup() {
    [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null
    for p in "${pids[@]}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do
        [[ -z "$p" ]] && continue
        for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
        kill -9 "$p" 2>/dev/null
    done
    [[ "${KEEP:-}" == 1 ]] && echo "work dir kept: $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

failures=0
check() { # check <description> <condition-command...>
    local what="$1"; shift
    if "$@"; then echo "   ok    $what"; else echo "   FAIL  $what"; failures=$((failures + 1)); fi
}
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
metric() { # metric <instance index> <name>: the value, or empty
    curl -s -m 5 "http://127.0.0.1:${ports[$1]}/metrics" | awk -v n="$2" '$1 ~ "^"n"[{ ]" {print $2; exit}' | sed 's/\.0$//'
}
ready() { [[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:${ports[$1]}/health/ready")" == 200 ]]; }

start_instance() { # start_instance <index>
    local i=$1
    LEDERNETT_PORT=${ports[$i]} LEDERNETT_DATA_DIR="$work/data-${names[$i]}" LEDERNETT_LOG_FORMAT=text \
    LEDERNETT_INSTANCE_NAME="ledernett-${names[$i]}" LEDERNETT_CLUSTER_MEMBERS="$members" \
    LEDERNETT_CLUSTER_PORT=${grid[$i]} LEDERNETT_CLUSTER_INTERFACE=127.0.0.1 LEDERNETT_CLUSTER_NAME=ledernett-drill \
    LEDERNETT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDERNETT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
    LEDERNETT_DB_USER=postgres LEDERNETT_DB_PASSWORD=unused LEDERNETT_DEMO_DATA=true \
    LEDERNETT_MAIL_POLL_SECONDS=2 LEDERNETT_SHUTDOWN_GRACE_SECONDS=5 LEDERNETT_ACCOUNTS_TRUSTED_PROXIES=local JAVA_OPTS="-Xmx512m -XX:+ExitOnOutOfMemoryError" \
    LEDERNETT_METRICS_OPEN=true \
        bash deploy/run-production.sh "$jar" >"$work/${names[$i]}.log" 2>&1 &
    pids[$i]=$!
}
wait_ready() { # wait_ready <index>: within 240 s
    local i=$1
    for _ in $(seq 1 960); do
        ready "$i" && return 0
        kill -0 "${pids[$i]}" 2>/dev/null || { echo "instance ${names[$i]} died; log:"; tail -40 "$work/${names[$i]}.log"; return 1; }
        sleep 0.25
    done
    echo "instance ${names[$i]} not ready after 240 s; log:"; tail -40 "$work/${names[$i]}.log"; return 1
}

echo "== fresh database $db"
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1

# A first, alone: it creates the schema and the demo data, and is the oldest member.
echo "== starting instance A ($(basename "$jar"), port ${ports[0]})"
started=$(date +%s%N)
start_instance 0
wait_ready 0 || exit 1
startup_ms=$(ms_since "$started")
rss_mib=$(( $(ps -o rss= -p "${pids[0]}") / 1024 ))
echo "   A ready after $startup_ms ms, RSS $rss_mib MiB"

echo "== starting instances B and C (they join A's cluster)"
started=$(date +%s%N)
start_instance 1
sleep 2
start_instance 2
wait_ready 1 || exit 1
wait_ready 2 || exit 1
join_ms=$(ms_since "$started")
echo "   B and C ready after $join_ms ms"

echo "== nginx on port $lb in front of the three"
mkdir -m 777 -p "$work/nginx-temp"
sed -e "s/127\.0\.0\.1:8081/127.0.0.1:${ports[0]}/; s/127\.0\.0\.1:8082/127.0.0.1:${ports[1]}/; s/127\.0\.0\.1:8083/127.0.0.1:${ports[2]}/" \
    -e "s/listen 80;/listen 127.0.0.1:$lb;/" -e "s#/var/log/nginx/ledernett.access.log#$work/access.log#" \
    deploy/nginx/ledernett.conf >"$work/ledernett.conf"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;
    include $work/ledernett.conf;
}
CONF
"$nginx_bin" -t -q -p "$work" -c "$work/nginx.conf" || { cat "$work/nginx-error.log"; exit 1; }
"$nginx_bin" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 40); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$balancer/login.xhtml")" == 200 ]] && break; sleep 0.25; done

echo "== the cluster as each instance sees it"
sleep 3
for i in 0 1 2; do
    m[$i]=$(metric "$i" ledernett_cluster_members); l[$i]=$(metric "$i" ledernett_cluster_leading); r0[$i]=$(metric "$i" ledernett_scheduled_runs_total)
    echo "   ${names[$i]}: members ${m[$i]}, leading ${l[$i]}, scheduled runs ${r0[$i]}"
done
sleep 6
for i in 0 1 2; do r1[$i]=$(metric "$i" ledernett_scheduled_runs_total); done
echo "   scheduled runs in 6 s: A $(( r1[0] - r0[0] )), B $(( r1[1] - r0[1] )), C $(( r1[2] - r0[2] ))"

# A reminder: a planned meeting moved to tomorrow is reminded of once, by the leading instance.
meeting=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT min(m.id) FROM group_meeting m JOIN group_membership s ON s.group_id = m.group_id WHERE m.status = 'PLANNED'")
psql -h 127.0.0.1 -U postgres -d $db -qc "UPDATE group_meeting SET meeting_date = current_date + 1 WHERE id = $meeting"
sleep 6
reminders=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM outgoing_mail WHERE dedupe_key LIKE 'reminder:meeting:$meeting:%'")
queued_by=$(for i in 0 1 2; do grep -q 'Scheduled work queued' "$work/${names[$i]}.log" && echo -n "${names[$i]}"; done)
echo "   meeting $meeting moved to tomorrow: $reminders reminders queued, by instance(s) '${queued_by}'"

echo "== signing in as staff through the balancer, until the balancer serves the session from A"
# nginx keeps a session on one instance (hash of the session cookie); a new session lands on any of
# the three. Sign in again until A serves it: A is also the leader, so stopping it tests both.
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
served_by() { tail -1 "$work/access.log" | grep -o 'upstream=[0-9.:]*' | cut -d= -f2; }
attempts=0
serving=""
while (( attempts < 25 )) && [[ "$serving" != "127.0.0.1:${ports[0]}" ]]; do
    attempts=$((attempts + 1))
    rm -f "$jar_cookies"
    curl -s -c "$jar_cookies" -b "$jar_cookies" "$balancer/login.xhtml" >"$work/login.html"
    signin_status=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{http_code} %{redirect_url}' "$balancer/login.xhtml" \
        --data-urlencode signIn=signIn --data-urlencode "signIn:email=staff@ledernett.no" --data-urlencode "signIn:password=ledernett-demo" \
        --data-urlencode "signIn:submit=Logg inn" --data-urlencode "jakarta.faces.ViewState=$(view_state "$work/login.html")")
    me_on_a=$(curl -s -b "$jar_cookies" -c "$jar_cookies" "$balancer/api/me")
    serving=$(served_by)
done
echo "   sign-in $attempts time(s): $signin_status; served by $serving; /api/me: $me_on_a"
contact_id=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -H "Origin: $balancer" -H 'Content-Type: application/json' \
    -X POST "$balancer/api/contacts" -d '{"municipality":"0301","name":"Klynge Kontakt","email":"klynge@oslo.kommune.no"}' \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
created_on=$(served_by)
curl -s -b "$jar_cookies" -c "$jar_cookies" "$balancer/admin/municipalities/index.xhtml" >"$work/screen.html"
screen_on=$(served_by)
screen_state=$(view_state "$work/screen.html")
# PrimeFaces' script puts the page's CSP nonce into every form a browser posts; a page with view-scoped
# beans refuses a postback without it (400), so the drill posts it as a browser would.
screen_nonce=$(grep -o "csp\.init('[^']*')" "$work/screen.html" | head -1 | sed "s/csp\.init('//; s/')$//")
echo "   contact $contact_id created on $created_on; screen opened on $screen_on (view state ${screen_state:0:12}…)"

echo "== an API token made through the balancer, used on B and C, then revoked: refused at once on every instance"
token_json=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -H "Origin: $balancer" -H 'Content-Type: application/json' \
    -X POST "$balancer/api/tokens" -d '{"name":"Klyngeøvelse","scope":"READ"}')
token=$(echo "$token_json" | grep -o '"token":"lnt_[^"]*"' | cut -d'"' -f4)
token_id=$(echo "$token_json" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
with_token() { curl -s -o /dev/null -m 10 -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:${ports[$1]}/api/me"; }
token_b=$(with_token 1); token_c=$(with_token 2)
token_revoked=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{http_code}' -H "Origin: $balancer" -X DELETE "$balancer/api/tokens/$token_id")
after_a=$(with_token 0); after_b=$(with_token 1); after_c=$(with_token 2)
echo "   token ${token:0:8}… used on B: $token_b, C: $token_c; revoked: $token_revoked; then A: $after_a, B: $after_b, C: $after_c"

echo "== light load on the balancer with that session; stopping A"
echo before >"$work/phase"
load() {
    local i=0 phase out
    while phase=$(cat "$work/phase" 2>/dev/null) && [[ -n "$phase" ]]; do
        i=$((i + 1))
        if (( i % 4 )); then
            out=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o "$work/last-read.json" -m 15 -w '%{http_code} %{time_total}' "$balancer/api/me")
            if grep -q '"role":"staff"' "$work/last-read.json" 2>/dev/null; then who=staff
            elif [[ "$out" == 200* || "$out" == 401* ]]; then who=not-signed-in
            else who=-; fi
            echo "$phase read $out $who" >>"$work/load.txt"
        else
            out=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -m 15 -w '%{http_code} %{time_total}' -X POST "$balancer/api/engagements" \
                -H "Origin: $balancer" -H 'Content-Type: application/json' \
                -d '{"municipality":"0301","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":10,"notes":"cluster drill"}')
            echo "$phase write $out -" >>"$work/load.txt"
        fi
        sleep 0.1
    done
}
load &
load_pid=$!
sleep 5
echo failover >"$work/phase"
stop_sent=$(date +%s%N)
kill -TERM "${pids[0]}"
for _ in $(seq 1 120); do kill -0 "${pids[0]}" 2>/dev/null || break; sleep 0.25; done
stop_ms=$(ms_since "$stop_sent")
a_exited=$(kill -0 "${pids[0]}" 2>/dev/null && echo no || echo yes)
pids[0]=""
echo "   A exited after $stop_ms ms"
sleep 5
echo after >"$work/phase"
sleep 8
rm -f "$work/phase"
wait "$load_pid" 2>/dev/null
load_pid=""

echo "== the same session through the balancer, A gone"
me_after=$(curl -s -b "$jar_cookies" -c "$jar_cookies" "$balancer/api/me")
contact_after=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o "$work/contact.json" -w '%{http_code}' "$balancer/api/contacts/$contact_id")
# The screen opened on A: its search (a PrimeFaces AJAX request) answered from the replicated view state.
curl -s -b "$jar_cookies" -c "$jar_cookies" -H 'Faces-Request: partial/ajax' -H "Origin: $balancer" "$balancer/admin/municipalities/index.xhtml" \
    --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode jakarta.faces.source=search:go \
    --data-urlencode jakarta.faces.partial.execute=search --data-urlencode jakarta.faces.partial.render=search:results \
    --data-urlencode search=search --data-urlencode search:text=Tromsø --data-urlencode "jakarta.faces.ViewState=$screen_state" \
    --data-urlencode "primefaces.nonce=$screen_nonce" >"$work/postback.xml"
write_after=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{http_code}' -H "Origin: $balancer" -H 'Content-Type: application/json' \
    -X POST "$balancer/api/contacts" -d '{"municipality":"0301","name":"Etter Failover","email":"etter@oslo.kommune.no"}')
echo "   /api/me: $me_after; contact: $contact_after; new contact: $write_after"

echo "== scheduled work after A left"
for i in 1 2; do r2[$i]=$(metric "$i" ledernett_scheduled_runs_total); l2[$i]=$(metric "$i" ledernett_cluster_leading); m2[$i]=$(metric "$i" ledernett_cluster_members); done
sleep 6
for i in 1 2; do r3[$i]=$(metric "$i" ledernett_scheduled_runs_total); done
echo "   B: members ${m2[1]}, leading ${l2[1]}, runs in 6 s $(( r3[1] - r2[1] )); C: members ${m2[2]}, leading ${l2[2]}, runs in 6 s $(( r3[2] - r2[2] ))"
second=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT min(m.id) FROM group_meeting m JOIN group_membership s ON s.group_id = m.group_id WHERE m.status = 'PLANNED' AND m.id <> $meeting AND m.meeting_date > current_date + 1")
before_b=$(grep -c 'Scheduled work queued' "$work/B.log"); before_c=$(grep -c 'Scheduled work queued' "$work/C.log")
psql -h 127.0.0.1 -U postgres -d $db -qc "UPDATE group_meeting SET meeting_date = current_date + 1 WHERE id = $second"
sleep 6
reminders2=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM outgoing_mail WHERE dedupe_key LIKE 'reminder:meeting:$second:%'")
new_b=$(( $(grep -c 'Scheduled work queued' "$work/B.log") - before_b )); new_c=$(( $(grep -c 'Scheduled work queued' "$work/C.log") - before_c ))
echo "   meeting $second moved to tomorrow: $reminders2 reminders queued; queue runs that found work: B $new_b, C $new_c"

echo "== all instances stopped: the balancer's own answer"
for i in 1 2; do kill -TERM "${pids[$i]}" 2>/dev/null; done
for i in 1 2; do for _ in $(seq 1 120); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.25; done; pids[$i]=""; done
none_api=$(curl -s -b "$jar_cookies" -D "$work/none-api.headers" -o "$work/none-api.json" -w '%{http_code}' "$balancer/api/me")
none_page=$(curl -s -b "$jar_cookies" -o "$work/none-page.html" -w '%{http_code}' "$balancer/admin/index.xhtml")
echo "   API: $none_api, screen: $none_page"

echo
echo "== figures"
echo "   one instance (A, first of the cluster, demo data loaded): ready after $startup_ms ms, RSS $rss_mib MiB right after"
echo "   B and C joining: ready after $join_ms ms (started 2 s apart, side by side)"
printf '   %-9s %-6s %s\n' phase kind "answers by status"
for phase in before failover after; do
    for kind in read write; do
        counts=$(awk -v p=$phase -v k=$kind '$1==p && $2==k {print $3}' "$work/load.txt" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
        printf '   %-9s %-6s %s\n' "$phase" "$kind" "${counts:-none}"
    done
done
total=$(wc -l <"$work/load.txt")
during=$(grep -c '^failover' "$work/load.txt")
errors=$(awk '$3 !~ /^(200|201)$/' "$work/load.txt" | wc -l)
signed_out=$(grep -c 'not-signed-in' "$work/load.txt" || true)
slowest=$(awk '{print $4}' "$work/load.txt" | sort -n | tail -1)
echo "   requests through the balancer: $total ($during while A was stopping), errors: $errors, answers not signed in: $signed_out, slowest: ${slowest} s"
created=$(grep -c ' write 201 ' "$work/load.txt")
write_503=$(grep -c ' write 503 ' "$work/load.txt")
rows=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM engagement WHERE notes = 'cluster drill'")
echo "   engagements answered 201: $created, rows in the database: $rows"
echo "   answered by: $(awk '{print $7}' "$work/access.log" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"

echo
echo "== checks"
check "each instance saw 3 members (A ${m[0]}, B ${m[1]}, C ${m[2]})" test "${m[0]}${m[1]}${m[2]}" = 333
check "exactly one instance leads, and it is A, the oldest (A ${l[0]}, B ${l[1]}, C ${l[2]})" test "${l[0]}${l[1]}${l[2]}" = 100
check "only A ran the scheduled work" bash -c "(( ${r1[0]} - ${r0[0]} > 0 && ${r1[1]} == ${r0[1]} && ${r1[2]} == ${r0[2]} ))"
check "reminders for the moved meeting were queued ($reminders)" test "$reminders" -gt 0
check "…by exactly one instance, A (was '$queued_by')" test "$queued_by" = A
check "no scheduled run failed on any instance (duplicate key, lock)" bash -c "! grep -q 'Mail run failed' '$work/A.log' '$work/B.log' '$work/C.log'"
check "signed in with the form through the balancer ($signin_status)" bash -c "[[ '$signin_status' == 302* && '$me_on_a' == *staff* ]]"
check "the balancer served the session from A ($serving, after $attempts sign-ins)" test "$serving" = "127.0.0.1:${ports[0]}"
check "contact created, and the screen opened, on A ($created_on, $screen_on)" \
    bash -c "[[ -n '$contact_id' && '$created_on' == 127.0.0.1:${ports[0]} && '$screen_on' == 127.0.0.1:${ports[0]} ]]"
check "an API token made through the balancer works on B and C ($token_b, $token_c)" test "$token_b$token_c" = 200200
check "revoked ($token_revoked), it is refused at once on A, B and C ($after_a, $after_b, $after_c)" test "$token_revoked$after_a$after_b$after_c" = 200401401401
check "A stopped within 30 s of SIGTERM ($stop_ms ms)" test "$a_exited" = yes
check "still signed in through the balancer after A stopped" bash -c "[[ '$me_after' == *'\"role\":\"staff\"'* ]]"
check "every answer during and after failover was for the signed-in staff user" test "$signed_out" = 0
check "the contact created through A is there ($contact_after)" bash -c "[[ '$contact_after' == 200 ]] && grep -q 'Klynge Kontakt' '$work/contact.json'"
check "the screen opened on A answers its search after A stopped" bash -c "grep -q 'Tromsø' '$work/postback.xml' && ! grep -q 'ViewExpired\|<error>' '$work/postback.xml'"
check "a change through the balancer after failover is saved ($write_after)" test "$write_after" = 201
check "load: every read answered 200 (nginx retries a read on the next instance)" bash -c "! awk '\$2==\"read\" {print \$3}' '$work/load.txt' | grep -qv '^200$'"
check "load: every write answered 201, or 503 from the stopping instance ($write_503) with nothing written" \
    bash -c "! awk '\$2==\"write\" {print \$3}' '$work/load.txt' | grep -qv '^\(201\|503\)$'"
check "nothing lost: engagement rows equal 201 answers ($rows = $created)" test "$rows" = "$created"
check "after A left, B and C see 2 members" test "${m2[1]}${m2[2]}" = 22
check "after A left, exactly one of B and C leads (B ${l2[1]}, C ${l2[2]})" test $(( l2[1] + l2[2] )) = 1
check "…and only that one runs the scheduled work" bash -c "(( (${l2[1]} == 1 && ${r3[1]} > ${r2[1]} && ${r3[2]} == ${r2[2]}) || (${l2[2]} == 1 && ${r3[2]} > ${r2[2]} && ${r3[1]} == ${r2[1]}) ))"
check "reminders for a second meeting queued once, by the new leader (B $new_b, C $new_c; $reminders2 mails)" \
    bash -c "(( $reminders2 > 0 && $new_b + $new_c == 1 ))"
check "no instance left: the API answers 503 problem+json ($none_api)" \
    bash -c "[[ '$none_api' == 503 ]] && grep -qi '^content-type: application/problem+json' '$work/none-api.headers' && grep -q 'Midlertidig utilgjengelig' '$work/none-api.json'"
check "no instance left: a screen answers 503 with a page in bokmål ($none_page)" \
    bash -c "[[ '$none_page' == 503 ]] && grep -q 'Ledernett er midlertidig utilgjengelig' '$work/none-page.html'"
check "instance logs: no serialisation failure of a session" bash -c "! grep -qi 'Cannot serialize session\|NotSerializableException' '$work/A.log' '$work/B.log' '$work/C.log'"

echo
if (( failures )); then
    echo "cluster drill: $failures check(s) failed (KEEP=1 keeps $work)"
    grep -hiE 'severe|warning' "$work/B.log" "$work/C.log" | grep -v AS-DEPLOYMENT | tail -20
    exit 1
fi
echo "cluster drill passed"
