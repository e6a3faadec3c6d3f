#!/usr/bin/env bash
# Start-up time of the packaged service: starts the jar RUNS times and prints the median time from launch to
# /q/health/ready answering 200 (ready = rule data loaded and verified), the RSS then, and the time Quarkus reports.
# Builds nothing: run `./mvnw package -DskipTests` first. Needs java and curl.
# Environment: PORT (18090), RUNS (5), JVM_OPTS (default: the pod of k8s/deployment.yaml, see bench/app.sh).
# Extra arguments are passed to java before -jar (e.g. -XX:SharedArchiveFile=... or -Dquarkus.log.level=DEBUG).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
RUNS=${RUNS:-5}
JAR=target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
APP_PID=

BENCH_TOOLS="curl java awk"
. bench/app.sh


echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM options: $JVM_OPTS $*"
for run in $(seq "$RUNS"); do
  # shellcheck disable=SC2086
  start_app $JVM_OPTS "$@"
  ready_ms=$READY_MS
  rss=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
  # CPU time (user + system, all threads) spent until ready: steadier than wall time when other work shares the cores.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$APP_PID/stat")
  # Quarkus' own figure ("started in 1.234s"), from the JSON or the plain log line.
  quarkus_s=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -1 | grep -o '[0-9.]*' || echo "?")
  echo "run $run: ready in ${ready_ms} ms (Quarkus: started in ${quarkus_s} s), CPU ${cpu_ms} ms, RSS ${rss} MiB"
  echo "$ready_ms" >> "$WORK/ready.txt"
  echo "$cpu_ms" >> "$WORK/cpu.txt"
  echo "$rss" >> "$WORK/rss.txt"
  stop_app
done
echo "median over $RUNS runs: ready in $(median < "$WORK/ready.txt") ms, CPU $(median < "$WORK/cpu.txt") ms, RSS $(median < "$WORK/rss.txt") MiB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
