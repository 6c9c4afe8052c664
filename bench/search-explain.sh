#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the client search (issue #3) on the benchmark data of bench/casework.sh, for the 14
# names of the load test, without and with a birth year: the query before 2026-11-21 (bench/search/old-query.sql)
# and the current one, taken from ClientRegistry.java. Prints the median execution time of three runs each and the
# current query's planning time; EXPLAIN_OUTPUT=dir keeps every plan there.
# Needs the built jar, the generated data ($BENCH_DATA_DIR, default /tmp/lotse-bench-2: run bench/casework.sh once),
# psql and perl. bench/search/names.txt holds the folded keys and Daitch-Mokotoff codes of the names (NameKeys).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/lotse-*.jar | grep -v plain | head -1)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port=18083
export LOTSE_DATA_DIR=${BENCH_DATA_DIR:-/tmp/lotse-bench-2} LOTSE_DEMO_PASSWORD=bench-passwort-2026 LOTSE_PORT=$port
log="$LOTSE_DATA_DIR/explain.log"
"$java" -Xmx2g -jar "$jar" --spring.profiles.include=bench-data --lotse.bench.case-ids-file="$LOTSE_DATA_DIR/case-ids.txt" >"$log" 2>&1 &
pid=$!
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "Lotse exited; see $log" >&2; exit 1; }
  sleep 1
done
db=$(grep -o 'Embedded PostgreSQL 17 running on port [0-9]*' "$log" | awk '{print $NF}')
psql=(psql -h localhost -p "$db" -U postgres -X -q)
organisation=$("${psql[@]}" -At -c "select organisation_id from casework.client group by 1 order by count(*) desc limit 1")
# The current query: the text block of ClientRegistry.candidates, with the year condition of either variant, in psql's
# variable syntax, after the threshold the service sets for the transaction.
for variant in none year; do
  condition=$([ $variant = none ] && echo true || echo '(birth_year between cast(:year as integer) - 1 and cast(:year as integer) + 1 or birth_year is null)')
  {
    echo "begin;"
    echo "select set_config('pg_trgm.similarity_threshold', cast((0.5 - 0.005) / casework.duplicate_score(1, 1, 0, true, true, cast(:year as integer), cast(:year as integer)) - 0.001 as text), true) \\g /dev/null"
    echo ":explain"
    perl -0ne 'print $1 if /private static String candidates\(String yearCondition\) \{\s*return """\n(.*?)"""\.formatted/s' \
        src/main/java/de/lotse/casework/internal/ClientRegistry.java \
      | CONDITION="$condition" perl -pe 's/%1\$s/$ENV{CONDITION}/g; s/%%/%/g; s/:(fk|gk|fc|gc|organisation)\b/:'"'"'$1'"'"'/g; s/:results\b/10/g; s/:threshold\b/0.5/g'
    echo ";"
    echo "commit;"
  } > "$work/current-$variant.sql"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
explain() { "${psql[@]}" -v explain='explain (analyze, buffers)' -v organisation="$organisation" -v fk="$fk" -v gk="$gk" -v fc="$fc" -v gc="$gc" -v year="$year" -f "$1"; }
printf "%-22s %-5s %10s %10s %10s\n" name year "before ms" "now ms" "planning"
while IFS='|' read -r family given fk gk fc gc; do
  for year in null 1990; do
    variant=$([ $year = null ] && echo none || echo year)
    for query in bench/search/old-query.sql "$work/current-$variant.sql"; do
      explain "$query" >/dev/null
      times=$(for i in 1 2 3; do explain "$query" | grep "Execution Time" | awk '{print $3}'; done | median)
      if [ "$query" = bench/search/old-query.sql ]; then before=$times; else now=$times; fi
    done
    plan=$(explain "$work/current-$variant.sql")
    [ -n "${EXPLAIN_OUTPUT:-}" ] && mkdir -p "$EXPLAIN_OUTPUT" && echo "$plan" > "$EXPLAIN_OUTPUT/$family-$given-$year.txt"
    printf "%-22s %-5s %10s %10s %10s\n" "$family $given" "$year" "$before" "$now" "$(echo "$plan" | grep "Planning Time" | awk '{print $3}')"
  done
done < bench/search/names.txt
