#!/usr/bin/env bash
# Builds Ledernett and starts it on Payara Micro with the embedded H2 database and demo data.
# Usage: bash deploy/run-local.sh [--skip-build]   (port: LEDERNETT_PORT, default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--skip-build" ]]; then
    mvn -B -q install -DskipTests
fi
port="${LEDERNETT_PORT:-8080}"
mkdir -p data
export LEDERNETT_DATA_DIR="${LEDERNETT_DATA_DIR:-$PWD/data}"
echo "Starting Ledernett on http://localhost:${port}/ (admin screens: http://localhost:${port}/admin/) ..."
exec java ${JAVA_OPTS:-} -jar modules/app/target/payara-micro.jar \
    --deploy modules/app/target/ledernett.war \
    --contextroot / \
    --port "${port}" \
    --nocluster \
    --rootDir data/payara \
    --systemproperties config/local.properties
