#!/usr/bin/env bash
# Runs one production instance of Ledernett from the one artefact, ledernett-<version>.jar
# (Payara Micro with the WAR inside, context root /). All configuration comes from environment
# variables and, optionally, a mounted config directory; nothing secret lives in the repository.
#
# Usage: bash deploy/run-production.sh [path/to/ledernett-<version>.jar]
#   default jar: the newest modules/app/target/ledernett-*.jar (build: mvn -B package -DskipTests)
#
# Environment (see README "Operations" for the full list; every ledernett.* setting can be given
# as LEDERNETT_… and is read by the application itself through MicroProfile Config):
#   LEDERNETT_PORT        HTTP port                                   8080
#   LEDERNETT_DATA_DIR    files of this instance (Payara's work dir)  ./data
#   LEDERNETT_CONFIG_DIR  mounted config directory; ledernett.properties in it is read   (none)
#   LEDERNETT_LOG_FORMAT  text, or json: one JSON object per line      text
#   LEDERNETT_LOG_LEVEL   level of the application's own loggers      INFO
#   LEDERNETT_DB_URL, LEDERNETT_DB_DATASOURCE, LEDERNETT_DB_USER, LEDERNETT_DB_PASSWORD
#   LEDERNETT_MAIL_ENABLED, LEDERNETT_MAIL_HOST, …                    see README
#   LEDERNETT_ACCOUNTS_TRUSTED_PROXIES  behind a proxy: its addresses (or local, or 10.0.0.0/8); sign-in throttling believes X-Forwarded-For only from them  (none)
#   LEDERNETT_SHUTDOWN_GRACE_SECONDS  on SIGTERM, time for requests in flight  10
#   LEDERNETT_CLUSTER_MEMBERS   data grid members host:port,host:port,…; empty: no cluster  (none)
#   LEDERNETT_CLUSTER_PORT      this instance's data grid port               6900
#   LEDERNETT_CLUSTER_INTERFACE address the data grid binds to              (Payara's choice)
#   LEDERNETT_CLUSTER_NAME      only instances with the same name join       ledernett
#   LEDERNETT_INSTANCE_NAME     this instance's name in logs and the grid    <host>-<port>
#   LEDERNETT_METRICS_ROLE  role whose users may read /metrics and /openapi (HTTP Basic, over TLS)   staff
#   LEDERNETT_TLS_PORT    HTTPS port of the instance itself (Payara's certificate); /metrics is read there   (none)
#   LEDERNETT_METRICS_OPEN  true: /metrics and /openapi open to anyone (never on the internet)   false
#   JAVA_OPTS             JVM options                                 -Xmx768m -XX:+ExitOnOutOfMemoryError
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-}"
if [[ -z "$jar" ]]; then
    jar=$(ls -t "$here"/../modules/app/target/ledernett-*.jar 2>/dev/null | head -1 || true)
fi
[[ -n "$jar" && -f "$jar" ]] || { echo "No artefact: build it with 'mvn -B package -DskipTests' or give its path" >&2; exit 2; }

port="${LEDERNETT_PORT:-8080}"
export LEDERNETT_DATA_DIR="${LEDERNETT_DATA_DIR:-$PWD/data}"
mkdir -p "$LEDERNETT_DATA_DIR"
data="$(cd "$LEDERNETT_DATA_DIR" && pwd)"
export LEDERNETT_DATA_DIR="$data"

# Shutdown grace: on SIGTERM Payara Micro waits this long for requests in flight before it undeploys.
grace="${LEDERNETT_SHUTDOWN_GRACE_SECONDS:-10}"
args=(--port "$port" --rootDir "$data/payara" --nohostaware --shutdowngrace "$((grace * 1000))")
args+=(--name "${LEDERNETT_INSTANCE_NAME:-$(hostname)-$port}")

# Cluster: instances that list each other share web sessions through Payara's data grid (Hazelcast)
# and run scheduled work once per cluster. Members are listed explicitly (tcpip discovery): no
# multicast, which most networks and every container platform block. --nohostaware lets backups
# live on members with the same address (several instances on one machine).
members="${LEDERNETT_CLUSTER_MEMBERS:-}"
if [[ -z "$members" ]]; then
    args+=(--nocluster)
else
    [[ "$members" =~ ^[A-Za-z0-9._-]+:[0-9]+(,[A-Za-z0-9._-]+:[0-9]+)*$ ]] \
        || { echo "LEDERNETT_CLUSTER_MEMBERS must be host:port,host:port,… (no port ranges), not '$members'" >&2; exit 2; }
    args+=(--clusterMode "tcpip:$members" --clusterName "${LEDERNETT_CLUSTER_NAME:-ledernett}" --startPort "${LEDERNETT_CLUSTER_PORT:-6900}")
    [[ -n "${LEDERNETT_CLUSTER_INTERFACE:-}" ]] && args+=(--interfaces "$LEDERNETT_CLUSTER_INTERFACE")
fi

# Logging: Payara Micro's own formatter for JSON, one object per line; the level of our loggers.
format="${LEDERNETT_LOG_FORMAT:-text}"
level="${LEDERNETT_LOG_LEVEL:-INFO}"
case "$format" in
    json) formatter=fish.payara.enterprise.server.logging.JSONLogFormatter ;;
    text) formatter=com.sun.enterprise.server.logging.ODLLogFormatter ;;
    *) echo "LEDERNETT_LOG_FORMAT must be text or json, not '$format'" >&2; exit 2 ;;
esac
logprops="$data/logging.properties"
cat >"$logprops" <<PROPS
# Written by run-production.sh at every start; edit the script, not this file.
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.level=FINEST
java.util.logging.ConsoleHandler.formatter=$formatter
com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=false
.level=INFO
no.ledernett.level=$level
PayaraMicro.level=INFO
javax.enterprise.system.tools.deployment.dol.level=WARNING
javax.enterprise.system.tools.deployment.common.level=WARNING
fish.payara.nucleus.util.level=WARNING
org.glassfish.admin.mbeanserver.level=WARNING
com.hazelcast.level=WARNING
# One line per event: EclipseLink and the transaction manager report each failed database call
# with a stack trace at WARNING; the application logs those failures itself (503 and "Database
# unavailable" while the database is down, SEVERE with an incident id when unexpected).
org.eclipse.persistence.level=SEVERE
javax.enterprise.resource.jta.level=SEVERE
# Expired certificates in the JDK's bundled trust store, listed at every start; nothing here uses them.
javax.enterprise.system.security.ssl.level=SEVERE
PROPS
args+=(--logproperties "$logprops")

# /metrics and /openapi live at the server root, outside the WAR's own security: Payara guards
# them itself, for the users of one role (signing in as the WAR does, e.g. HTTP Basic). Health
# stays open for the platform's probes.
case "${LEDERNETT_METRICS_OPEN:-false}" in
    true) ;;
    false)
        role="${LEDERNETT_METRICS_ROLE:-staff}"
        [[ "$role" =~ ^[a-z]+$ ]] || { echo "LEDERNETT_METRICS_ROLE must be a role name (staff, adviser, ...), not '$role'" >&2; exit 2; }
        postboot="$data/post-boot.asadmin"
        cat >"$postboot" <<CMDS
# Written by run-production.sh at every start; edit the script, not this file.
set-metrics-configuration --securityenabled=true --roles=$role
set-openapi-configuration --securityenabled=true --roles=$role
CMDS
        args+=(--postbootcommandfile "$postboot")
        # Payara serves them guarded only over TLS (plain HTTP is sent there, or refused without a TLS port).
        [[ -n "${LEDERNETT_TLS_PORT:-}" ]] && args+=(--sslport "$LEDERNETT_TLS_PORT")
        ;;
    *) echo "LEDERNETT_METRICS_OPEN must be true or false, not '${LEDERNETT_METRICS_OPEN}'" >&2; exit 2 ;;
esac

# A mounted config directory: ledernett.properties in it (system properties; they win over environment variables).
if [[ -n "${LEDERNETT_CONFIG_DIR:-}" ]]; then
    [[ -f "$LEDERNETT_CONFIG_DIR/ledernett.properties" ]] || { echo "No ledernett.properties in LEDERNETT_CONFIG_DIR=$LEDERNETT_CONFIG_DIR" >&2; exit 2; }
    args+=(--systemproperties "$LEDERNETT_CONFIG_DIR/ledernett.properties")
fi

message="Starting $(basename "$jar") on port $port (data: $data)"
if [[ "$format" == json ]]; then
    printf '{"Timestamp":"%s","Level":"INFO","LoggerName":"run-production.sh","LogMessage":"%s"}\n' "$(date -u +%Y-%m-%dT%H:%M:%S.000+0000)" "$message" >&2
else
    echo "$message" >&2
fi
# exec: the JVM gets SIGTERM directly (container stop, systemd, Kubernetes) and shuts down cleanly.
exec java ${JAVA_OPTS:--Xmx768m -XX:+ExitOnOutOfMemoryError} -jar "$jar" "${args[@]}"
