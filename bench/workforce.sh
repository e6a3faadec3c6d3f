#!/usr/bin/env bash
# Whole-workforce benchmark (issue 15; not a timed test): N employees (100 000) over 24 months (2023-01..2024-12)
# posted to POST /api/v1/workforce/reports as one JSON document and as NDJSON, to the packaged service started with
# the heap at 256 MiB; prints the wall time of each (median of RUNS) and the service's RSS after.
# Builds nothing: run `./mvnw package -DskipTests` first. Needs java, curl and awk.
# Environment: PORT (18091), N (100000), RUNS (3), JVM_OPTS (-Xmx256m -XX:+UseSerialGC... see below).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18091}
N=${N:-100000}
RUNS=${RUNS:-3}
JVM_OPTS=${JVM_OPTS:--Xmx256m -Xms256m}
JAR=target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
APP_PID=

BENCH_TOOLS="curl java awk"
. bench/app.sh


{ printf '{"from":"2023-01","to":"2024-12","employees":['; awk -v n="$N" -f bench/employees.awk; printf ']}'; } > "$WORK/workforce.json"
awk -v n="$N" -v format=ndjson -f bench/employees.awk | sed 's/^{"employee":\(.*\)}$/\1/' > "$WORK/workforce.ndjson"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "workforce: $N employees x 24 months; JSON $(( $(stat -c %s "$WORK/workforce.json") / 1048576 )) MiB; JVM options: $JVM_OPTS"

# shellcheck disable=SC2086
start_app $JVM_OPTS

# One warm-up request of each kind before any timed run, then the timed runs alternating: the JIT keeps compiling
# over the first few hundred thousand employees, and timing one kind's runs before the other's warm-up favoured the
# kind run last.
post() { # kind -> "status seconds"
  local type=application/json query=
  if [ "$1" = ndjson ]; then type=application/x-ndjson; query='?from=2023-01&to=2024-12'; fi
  curl -s -o "$WORK/report.$1.json" -w '%{http_code} %{time_total}' -H "Content-Type: $type" \
    --data-binary @"$WORK/workforce.$1" "$BASE/api/v1/workforce/reports$query"
}
for run in $(seq 0 "$RUNS"); do
  for kind in json ndjson; do
    t=$(post "$kind")
    [ "${t%% *}" = 200 ] || { echo "HTTP ${t%% *}; log:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
    [ "$run" = 0 ] || echo "${t#* }" >> "$WORK/$kind.txt"
  done
done
for kind in json ndjson; do
  echo "$kind: median $(median < "$WORK/$kind.txt") s over $RUNS runs; totals: $(grep -o '"totals":{[^}]*}' "$WORK/report.$kind.json")"
done
echo "RSS after: $(rss_mib) MiB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
