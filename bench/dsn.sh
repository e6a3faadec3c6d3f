#!/usr/bin/env bash
# DSN reading figure of the packaged service on 127.0.0.1 (see BENCHMARKS.md): a generated monthly DSN of
# CONTRACTS contracts (bench/dsn.awk, about 420 bytes a contract) uploaded RUNS times to POST /api/v1/dsn/evaluations;
# prints the median wall time of the whole request (upload, reading, evaluation, answer) per answer level.
# Builds nothing: run `./mvnw package -DskipTests` first. Needs curl, java, awk. Stops what it starts on exit.
# Environment: PORT (18081), CONTRACTS (50000), RUNS (5), DETAILS ("full summary"), JVM_OPTS (as bench/load.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
CONTRACTS=${CONTRACTS:-50000}
RUNS=${RUNS:-5}
DETAILS=${DETAILS:-full summary}
JAR=target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
APP_PID=

BENCH_TOOLS="curl java awk"
. bench/app.sh

# shellcheck disable=SC2086
start_app $JVM_OPTS

awk -v n="$CONTRACTS" -f bench/dsn.awk > "$WORK/bench.dsn"
cat > "$WORK/establishments.json" <<'JSON'
[{"siret": "11111111100011", "sector": "PRIVATE_NON_PROFIT", "establishmentType": "ESSMS_HANDICAP", "fundedBy": ["ASSURANCE_MALADIE"]},
 {"siret": "22222222200022", "sector": "PUBLIC_FPH", "establishmentType": "EHPAD"}]
JSON
echo "DSN of $CONTRACTS contracts: $(( $(stat -c %s "$WORK/bench.dsn") / 1024 )) KiB, $(java -version 2>&1 | head -1)"

for detail in $DETAILS; do
  times=()
  for run in $(seq 0 "$RUNS"); do
    out=$(curl -s -H 'Expect:' -o "$WORK/answer.json" -w '%{http_code} %{time_total}' --max-time 300 \
      -F "dsn=@$WORK/bench.dsn" -F "establishments=<$WORK/establishments.json" \
      "$BASE/api/v1/dsn/evaluations?detail=$detail")
    [ "${out%% *}" = 200 ] || { echo "HTTP ${out%% *}: $(head -c 500 "$WORK/answer.json")" >&2; exit 1; }
    grep -q "\"total\":$CONTRACTS," "$WORK/answer.json" || { echo "not $CONTRACTS results" >&2; exit 1; }
    # run 0 warms the JIT up and is not counted
    [ "$run" -gt 0 ] && times+=("${out#* }")
  done
  median=$(printf '%s\n' "${times[@]}" | median)
  echo "detail=$detail: median ${median} s over $RUNS runs ($(printf '%s ' "${times[@]}")), answer $(( $(stat -c %s "$WORK/answer.json") / 1024 )) KiB"
done
