#!/usr/bin/env bash
# HTTP load figures of the packaged service on 127.0.0.1 (see BENCHMARKS.md). Builds nothing: run
# `./mvnw package -DskipTests` first. Installs nothing: needs wrk, curl, java (apt-get install wrk curl).
# Every process it starts is stopped on exit; every step is bounded in time.
# Environment: PORT (18080), DURATION of each wrk run in seconds (20), CONNECTIONS (32), NDJSON_LINES (1000000),
# BATCH_RUNS (5), BATCH_WARMUP (5: unmeasured batches first, so that the figure is the compiled code's, as the
# single evaluation's is after its warm-up), DETAILS ("full summary": the answer levels measured), NDJSON_DETAILS ("summary": the levels
# streamed; a full answer is ~5.8 KB, so 1 000 000 full lines are 5.8 GB and several minutes), JVM_OPTS (default: the
# pod of k8s/deployment.yaml, see bench/app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
NDJSON_LINES=${NDJSON_LINES:-1000000}
BATCH_RUNS=${BATCH_RUNS:-5}
BATCH_WARMUP=${BATCH_WARMUP:-5}
DETAILS=${DETAILS:-full summary}
NDJSON_DETAILS=${NDJSON_DETAILS:-summary}
JAR=target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
APP_PID=

BENCH_TOOLS="wrk curl java awk"
. bench/app.sh


# Runs wrk and prints "requests/s p50 p99".
load() {
  local out
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  echo "$out" > "$WORK/wrk-last.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}


# Prints "count sum" of the service's own timer of JSON batches (segur_request_duration_seconds, from /q/metrics).
batch_timer() {
  curl -s --max-time 10 "$BASE/q/metrics" | awk '/^segur_request_duration_seconds_(count|sum)\{/ && /endpoint="batch"/ && /format="json"/ {
    if ($1 ~ /_count/) c = $2; else s = $2 } END {print c + 0, s + 0}'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# shellcheck disable=SC2086
start_app $JVM_OPTS
echo "JVM options: $JVM_OPTS"
echo "startup to readiness: ${READY_MS} ms; RSS after start: $(rss_mib) MiB"
# Warm-up, so that both runs measure compiled code.
timeout 60 wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/api/v1/reference/establishment-types" > /dev/null
timeout 60 wrk -t2 -c"$CONNECTIONS" -d10s -s bench/evaluation.lua "$BASE/api/v1/evaluations" > /dev/null

read -r base_rps base_p50 base_p99 <<<"$(load "$BASE/api/v1/reference/establishment-types")"
echo "baseline GET /api/v1/reference/establishment-types: ${base_rps} req/s, p50 ${base_p50}, p99 ${base_p99}"
for detail in $DETAILS; do
  read -r eval_rps eval_p50 eval_p99 <<<"$(load -s bench/evaluation.lua "$BASE/api/v1/evaluations?detail=$detail")"
  if grep -q "Non-2xx" "$WORK/wrk-last.txt"; then echo "evaluation answered errors:" >&2; cat "$WORK/wrk-last.txt" >&2; exit 1; fi
  echo "POST /api/v1/evaluations?detail=$detail: ${eval_rps} req/s, p50 ${eval_p50}, p99 ${eval_p99}; ratio to baseline $(awk -v a="$eval_rps" -v b="$base_rps" 'BEGIN {printf "%.2f", a / b}')"
done

{ printf '{"month":"2024-09","employees":['; awk -v n=10000 -f bench/employees.awk; printf ']}'; } > "$WORK/batch.json"
for detail in $DETAILS; do
  for _ in $(seq "$BATCH_WARMUP"); do
    curl -s -H 'Expect:' -o /dev/null --max-time 60 -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" \
      "$BASE/api/v1/evaluations/batch?detail=$detail"
  done
  read -r timer_count timer_sum <<<"$(batch_timer)"
  for _ in $(seq "$BATCH_RUNS"); do
    # No "Expect: 100-continue": its interim answer would count as the first byte.
    curl -s -H 'Expect:' -o "$WORK/batch-answer.json" -w '%{http_code} %{time_pretransfer} %{time_starttransfer} %{time_total}\n' \
      --max-time 60 -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" "$BASE/api/v1/evaluations/batch?detail=$detail"
  done > "$WORK/batch-times.txt"
  if awk '$1 != 200 {bad = 1} END {exit !bad}' "$WORK/batch-times.txt"; then echo "batch failed: $(cat "$WORK/batch-times.txt")" >&2; exit 1; fi
  # Server time is not separable with curl on an upload (time_starttransfer counts from the upload's start), so
  # the figure is the whole exchange on loopback: upload, evaluation, writing and reading the answer.
  total_ms=$(awk '{printf "%.0f\n", $4 * 1000}' "$WORK/batch-times.txt" | median)
  # The service's timer: from the body read to the last byte handed to the HTTP layer (mean of these runs).
  read -r timer_count2 timer_sum2 <<<"$(batch_timer)"
  server_ms=$(awk -v c="$timer_count" -v s="$timer_sum" -v c2="$timer_count2" -v s2="$timer_sum2" \
    'BEGIN {if (c2 > c) printf "%.0f", (s2 - s) * 1000 / (c2 - c); else print "?"}')
  echo "JSON batch of 10000 (detail=$detail): median wall time ${total_ms} ms (upload + evaluation + answer, loopback), mean server time ${server_ms} ms (segur_request_duration_seconds), answer $(( $(wc -c < "$WORK/batch-answer.json") / 1024 )) KiB, over ${BATCH_RUNS} runs after ${BATCH_WARMUP} unmeasured"
done
echo "RSS after load: $(rss_mib) MiB"
stop_app

awk -v n="$NDJSON_LINES" -v format=ndjson -f bench/employees.awk > "$WORK/payroll.ndjson"
start_app -Xmx96m
echo "-Xmx96m service ready in ${READY_MS} ms"
for detail in $NDJSON_DETAILS; do
  seconds=$(curl -s -T "$WORK/payroll.ndjson" -X POST --max-time 900 -H 'Content-Type: application/x-ndjson' \
      -H 'Accept: application/x-ndjson' -w '%{time_total}\n' -o >(wc -l > "$WORK/lines.txt") \
      "$BASE/api/v1/evaluations/batch?month=2024-09&detail=$detail")
  sleep 1
  answered=$(cat "$WORK/lines.txt")
  [ "$answered" -eq "$NDJSON_LINES" ] || { echo "NDJSON: $answered answers for $NDJSON_LINES lines" >&2; exit 1; }
  echo "NDJSON ${NDJSON_LINES} lines under -Xmx96m (detail=$detail): ${seconds} s, $(awk -v n="$NDJSON_LINES" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') lines/s; RSS $(rss_mib) MiB"
done
stop_app
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
