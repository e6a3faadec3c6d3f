#!/usr/bin/env bash
# Memory footprint and cost of a set of JVM options, measured so that runs compare on a shared machine: RSS after
# start, CPU time per evaluation (all threads of the service, so GC and JIT included: steadier than requests/s when
# other work shares the cores), RSS right after a burst (wrk, then JSON batches of 10 000 employees) and RSS after
# IDLE seconds of quiet (whether the JVM gives the burst's memory back).
# Builds nothing: run `./mvnw package -DskipTests` first. Needs wrk, curl, java.
# Environment: PORT (18085), WARMUP seconds of evaluations first (15), DURATION of the measured wrk run (10), CONNECTIONS (32), BATCH_RUNS (3), IDLE (30),
# JVM_OPTS (default: the pod of k8s/deployment.yaml, see bench/app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18085}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
BATCH_RUNS=${BATCH_RUNS:-3}
IDLE=${IDLE:-30}
WARMUP=${WARMUP:-15}
BASE=http://127.0.0.1:$PORT
JAR=target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
APP_PID=

BENCH_TOOLS="wrk curl java awk"
. bench/app.sh

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$APP_PID/stat"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); JVM options: $JVM_OPTS"
# shellcheck disable=SC2086
start_app $JVM_OPTS
echo "ready in ${READY_MS} ms, CPU $(cpu_ms) ms; RSS after start: $(rss_mib) MiB"

timeout $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/evaluation.lua "$BASE/api/v1/evaluations?detail=full" > /dev/null
before=$(cpu_ms)
out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/evaluation.lua "$BASE/api/v1/evaluations?detail=full")
after=$(cpu_ms)
if grep -q "Non-2xx" <<<"$out"; then echo "evaluation answered errors: $out" >&2; exit 1; fi
requests=$(awk '/requests in/ {print $1}' <<<"$out")
echo "POST /api/v1/evaluations?detail=full: $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s," \
  "$(awk -v c=$((after - before)) -v n="$requests" 'BEGIN {printf "%.0f", c * 1000 / n}') µs CPU per evaluation ($requests evaluations)"

{ printf '{"month":"2024-09","employees":['; awk -v n=10000 -f bench/employees.awk; printf ']}'; } > "$WORK/batch.json"
before=$(cpu_ms)
for _ in $(seq "$BATCH_RUNS"); do
  curl -s -H 'Expect:' -o /dev/null -w '%{http_code}\n' --max-time 120 -H 'Content-Type: application/json' \
    --data-binary @"$WORK/batch.json" "$BASE/api/v1/evaluations/batch?detail=full"
done > "$WORK/codes.txt"
after=$(cpu_ms)
grep -qv '^200$' "$WORK/codes.txt" && { echo "batch failed: $(sort | uniq -c < "$WORK/codes.txt")" >&2; exit 1; }
echo "JSON batch of 10000 (detail=full): $(( (after - before) / BATCH_RUNS )) ms CPU each; RSS after load: $(rss_mib) MiB"
sleep "$IDLE"
echo "RSS after ${IDLE} s idle: $(rss_mib) MiB"
stop_app
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
