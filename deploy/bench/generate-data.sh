#!/usr/bin/env bash
# Fills an empty database with a realistic, reproducible data set for performance work (issue 9):
# 150 client municipalities with contacts, engagements and budgets, 5,000 leaders, 80 advisers,
# 600 network groups with ~12,000 meetings (held ones with attendance, challenges, feedback and
# hours; planned ones ahead), 2,000 coaching sessions, and a user for every role. Every user's
# password is `ledernett-demo`; staff: staff@ledernett.no. The schema comes from the modules'
# own migrations (run first, as the app does); every sequence is moved past the ids written, so
# the app can insert afterwards.
#
# Usage:
#   bash deploy/bench/generate-data.sh [--url JDBC_URL] [--user U] [--password P]
#                                      [--scale 1.0] [--seed 42] [--today YYYY-MM-DD]
# Defaults: the app's own H2 file (jdbc:h2:file:./data/ledernett, user/password ledernett), scale
# 1.0, seed 42, today = the current date (meetings before it are held, after it planned). The
# same seed, scale and today give the same rows. The database must be empty (or new): the
# generator refuses one that already has contacts, leaders, advisers, groups or users.
#
# Examples:
#   bash deploy/bench/generate-data.sh --url jdbc:h2:file:$PWD/data/ledernett     # then: LEDERNETT_DEMO_DATA=false bash deploy/run-local.sh --skip-build
#   createdb -h 127.0.0.1 -U postgres ledernett_bench
#   bash deploy/bench/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/ledernett_bench --user postgres --password unused
#   bash deploy/bench/generate-data.sh --scale 0.1                                  # a small set (15 clients, 500 leaders, 60 groups)
#
# Builds the generator (modules/datagen, with the module jars it takes migrations from) when its
# jar is missing or older than the sources; set DATAGEN_SKIP_BUILD=1 to use the jar as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=modules/datagen/target/ledernett-datagen-0.1.0-SNAPSHOT.jar
if [[ "${DATAGEN_SKIP_BUILD:-0}" != 1 ]]; then
    if [[ ! -f "$jar" || -n "$(find modules/*/src/main -newer "$jar" -type f -print -quit)" ]]; then
        echo "Building the data generator (mvn package -pl modules/datagen -am) ..." >&2
        mvn -B -ntp -q -Dstyle.color=never package -DskipTests -pl modules/datagen -am >&2
    fi
fi
[[ -f "$jar" ]] || { echo "No generator jar at $jar: build with 'mvn -B install -DskipTests'" >&2; exit 2; }
exec java -Xmx1g -Djava.util.logging.config.file=/dev/null -jar "$jar" "$@"
