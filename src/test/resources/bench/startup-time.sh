#!/usr/bin/env bash
# A bench tool, not a test: time from launching the platform to its first HTTP answer and to health UP, then stop it.
# Usage: startup-time.sh LABEL DATA_DIR [java options...]   (env JAR: the jar to start; loopback port 18082)
set -euo pipefail
label=$1; data=$2; shift 2
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${JAR:-target/aot/app/whatmatters.jar}
t0=$(date +%s.%N)
"$JAVA" "$@" -jar "$JAR" --server.port=18082 --server.address=127.0.0.1 --whatmatters.embedded-db.data-dir="$data" \
  > "/tmp/startup-$label.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s -o /dev/null http://127.0.0.1:18082/fhir/metadata 2>/dev/null; do sleep 0.05; done
t1=$(date +%s.%N)
until curl -s http://127.0.0.1:18082/actuator/health | grep -q UP; do sleep 0.05; done
t2=$(date +%s.%N)
echo "$label first answer $(echo "$t1 - $t0" | bc) s, UP $(echo "$t2 - $t0" | bc) s"
kill $pid; wait $pid 2>/dev/null || true
