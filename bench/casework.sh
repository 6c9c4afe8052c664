#!/usr/bin/env bash
# Casework benchmark (issue #3): client search and case page under 20 concurrent users with 100,000 clients and
# 2,000,000 journal entries. Usage: bench/casework.sh [users] [seconds]
# Needs a built jar (./mvnw -DskipTests package) and a JDK >= 21 as JAVA_HOME or on the PATH. The generated
# database stays in $BENCH_DATA_DIR (default /tmp/lotse-bench-2) so later runs skip the generation. The generator
# only fills up to 100,000 clients, so a folder from the earlier generator (curated names only, /tmp/lotse-bench)
# would be reused as it is; hence the new default.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-20}; seconds=${2:-60}
jar=$(ls target/lotse-*.jar | grep -v plain | head -1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port=18081
export LOTSE_DATA_DIR=${BENCH_DATA_DIR:-/tmp/lotse-bench-2} LOTSE_DEMO_PASSWORD=bench-passwort-2026 LOTSE_PORT=$port
log="$LOTSE_DATA_DIR/run.log"; mkdir -p "$LOTSE_DATA_DIR"
"$java" -Xmx2g -jar "$jar" --spring.profiles.include=bench-data --lotse.bench.case-ids-file="$LOTSE_DATA_DIR/case-ids.txt" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "Lotse exited; see $log" >&2; exit 1; }
  sleep 1
done
grep -h "Benchmark data ready\|Generated" "$log" || true
driver=(java -Dthink.ms=${THINK_MS:-0} bench/load/LoadTest.java "http://localhost:$port" fallmanagement bench-passwort-2026 "$LOTSE_DATA_DIR/case-ids.txt" "$users")
[ -n "${JAVA_HOME:-}" ] && driver[0]="$JAVA_HOME/bin/java"
echo "warm-up: ${WARMUP:-30} s"; "${driver[@]}" "${WARMUP:-30}" >/dev/null
echo "measured: $seconds s, $users users"; "${driver[@]}" "$seconds" admin bench-passwort-2026
