#!/usr/bin/env bash
# aot-cache.sh - prepares the packaged platform for a fast start: an extracted layout and an ahead-of-time cache
# (JDK 25, JEP 483/514/515) made by one training run, so that later starts load and link classes from the cache
# and begin with the training run's method profiles.
#
# Usage (after ./mvnw package; needs a JDK 25 or newer, curl, and bash):
#   src/main/scripts/aot-cache.sh            # writes target/aot/
#   java -XX:AOTCache=target/aot/whatmatters.aot -jar target/aot/app/whatmatters.jar [--the usual arguments]
#
# The training run starts the platform on a scratch embedded database under target/aot/training (loopback only,
# a free port), waits until it is up, exercises the pages, the JSON API and the FHIR API for about a minute
# (src/test/resources/bench/fhir-workload.sh, small counts), then stops it; the JVM writes the cache as it exits.
# The cache is only valid for the same JDK and the same jar: run this again after every build or JDK change (the
# JVM says so and starts without the cache if they differ; it never fails to start because of a stale cache).
set -euo pipefail
cd "$(dirname "$0")/../../.."

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -lt 25 ] 2>/dev/null; then
  echo "aot-cache.sh needs a JDK 25 or newer (JAVA_HOME); this one is $version" >&2
  exit 1
fi
jar=$(ls target/whatmatters-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)
[ -n "$jar" ] || { echo "no target/whatmatters-*.jar: run ./mvnw package first" >&2; exit 1; }

out=target/aot
rm -rf "$out"
mkdir -p "$out"
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
# A fixed name, so the start command does not change with the version (the jar finds lib/ beside itself).
mv "$out/app/$(basename "$jar")" "$out/app/whatmatters.jar"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18099)
base="http://127.0.0.1:$port"
echo "training run on $base (about a minute)"
"$JAVA" -XX:AOTCacheOutput="$out/whatmatters.aot" -jar "$out/app/whatmatters.jar" --server.port="$port" \
  --server.address=127.0.0.1 --whatmatters.embedded-db.data-dir="$out/training/data" >"$out/training.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s "$base/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 $pid 2>/dev/null || { echo "the training run stopped; see $out/training.log" >&2; exit 1; }
  sleep 0.2
done
curl -s "$base/actuator/health" | grep -q UP || { echo "the training run did not come up; see $out/training.log" >&2; exit 1; }

# The pages and JSON API a care team uses, then the FHIR workload (small counts).
for path in / /login /css/whatmatters.css; do curl -s -o /dev/null "$base$path"; done
for _ in $(seq 1 20); do
  curl -s -o /dev/null -u gp:demo "$base/api/v1/persons?nhsNumber=9990000018"
  curl -s -o /dev/null -u linkworker:demo "$base/api/v1/directory/search?q=walking&postcode=LS12+2QT"
  curl -s -o /dev/null -u analyst:demo "$base/api/v1/reports/summary"
done
N_PATIENTS=300 N_BUNDLES=100 N_READS=100 AUTH=integration:demo WORK="$out/training/workload" \
  bash src/test/resources/bench/fhir-workload.sh "$base/fhir" "$pid" training >/dev/null 2>&1 \
  || echo "(the FHIR workload reported a problem during training; the cache is still written)" >&2

kill -TERM $pid
wait $pid 2>/dev/null || true
trap - EXIT
rm -rf "$out/training"
[ -s "$out/whatmatters.aot" ] || { echo "no cache was written; see $out/training.log" >&2; exit 1; }
echo "written: $out/whatmatters.aot ($(du -h "$out/whatmatters.aot" | cut -f1))"
echo "start with: java -XX:AOTCache=$out/whatmatters.aot -jar $out/app/whatmatters.jar"
