#!/usr/bin/env bash
# Batch assignment of 600 needs × 80 advisers on generated data: optimal (CP-SAT) beside greedy.
# Usage: bash deploy/bench/matching.sh [seeds=5] [time-limit-seconds=1] [needs=600] [advisers=80]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B install -DskipTests -pl modules/platform
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -pl modules/matching
cd modules/matching
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" no.ledernett.matching.MatchingBenchmark "$@"
