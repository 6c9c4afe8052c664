#!/usr/bin/env bash
# Start-up benchmark (issue #2): time from `java -jar` to readiness with a warm embedded database, and
# resident memory once ready. Usage: bench/startup.sh [runs] [extra JVM options...]
# Needs a built jar (./mvnw -DskipTests package) and a JDK >= 21 as JAVA_HOME or on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
jar=$(ls target/lotse-*.jar | grep -v plain | head -1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
port=18080
export LOTSE_DATA_DIR="$work/data" LOTSE_DEMO_PASSWORD=bench-passwort-2026 LOTSE_PORT=$port

start_once() {
  local began now pid rss
  began=$(date +%s%N)
  "$java" "$@" -jar "$jar" >"$work/run.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "Lotse exited; see $work/run.log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  sleep 2  # let start-up work (demo data printing, JIT) settle before reading memory
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (now - began) / 1000000 )) $rss"
}

start_once "$@" >/dev/null  # first start: initdb, migrations and demo data; not counted
echo "run ready_ms rss_mb"
for i in $(seq 1 "$runs"); do echo "$i $(start_once "$@")"; done
rm -rf "$work"
