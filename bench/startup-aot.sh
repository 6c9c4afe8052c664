#!/usr/bin/env bash
# Start-up with the JDK's AOT cache (JDK 25, JEP 514/515): extract the jar, record a cache in one training run,
# then measure starts with it. Usage: bench/startup-aot.sh [runs]. Needs a JDK >= 25 as JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/lotse-*.jar | head -1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
export LOTSE_DATA_DIR="$work/data" LOTSE_DEMO_PASSWORD=bench-passwort-2026 LOTSE_PORT=18081
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app=$(ls "$work"/app/lotse-*.jar)
"$java" -XX:AOTCacheOutput="$work/app/lotse.aot" -Dspring.context.exit=onRefresh -jar "$app" >"$work/train.log" 2>&1
echo "run ready_ms rss_mb"
for i in $(seq 1 "$runs"); do
  began=$(date +%s%N)
  "$java" -XX:AOTCache="$work/app/lotse.aot" -jar "$app" >"$work/run.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$LOTSE_PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.05; done
  ready=$(date +%s%N)
  sleep 2
  echo "$i $(( (ready - began) / 1000000 )) $(( $(ps -o rss= -p "$pid") / 1024 ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$work"
