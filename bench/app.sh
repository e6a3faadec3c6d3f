# Sourced by the bench scripts: the JVM options they run the service with, checks what they need, starts the
# service and stops it on exit. Expects PORT, JAR, BASE, WORK and APP_PID to be set; BENCH_TOOLS names the commands
# the script needs.

# The pod of k8s/deployment.yaml, as the Dockerfile and the image's run-java.sh start it: a 512 MiB memory limit
# (MaxRAM stands for the container limit), the collector of the Dockerfile's GC_CONTAINER_OPTIONS, the heap ratios
# run-java.sh adds, the heap percentage of JAVA_OPTS_APPEND and the AppCDS archive of ./mvnw package (relative: the
# jar runs from target/quarkus-app, where the archive expects it). JVM_OPTS replaces them all.
POD_MEMORY_OPTIONS="-XX:MaxRAM=512m -XX:MaxRAMPercentage=75"
GC_CONTAINER_OPTIONS="-XX:+UseG1GC -XX:G1PeriodicGCInterval=15000 -XX:-G1PeriodicGCInvokesConcurrent"
RUN_JAVA_HEAP_RATIOS="-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90"
JVM_OPTS=${JVM_OPTS:-$POD_MEMORY_OPTIONS $GC_CONTAINER_OPTIONS $RUN_JAVA_HEAP_RATIOS -XX:SharedArchiveFile=app-cds.jsa}

for tool in $BENCH_TOOLS; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (on Debian: apt-get install wrk curl)" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package -DskipTests first" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/q/health/live"; then echo "port ${BASE##*:} is already in use (set PORT)" >&2; exit 2; fi

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap 'stop_app; rm -rf "$WORK"' EXIT

# Starts the packaged service in the background with the given JVM options, its log in $WORK/app.log. Authentication
# is off: the benches measure evaluation, not token checks. Not in a subshell of the caller: APP_PID must stay known
# to stop_app.
launch_app() {
  (cd target/quarkus-app && exec java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Deligibility.auth.enabled=false -jar quarkus-run.jar) > "$WORK/app.log" 2>&1 &
  APP_PID=$!
}

rss_mib() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }

# Starts the jar with the given JVM options and waits until /q/health/ready answers 200; READY_MS is the time from
# launch. Exits with the service's log when it dies or is not ready within a minute. (Not in a subshell: APP_PID must
# stay known to stop_app.)
start_app() {
  local start
  start=$(date +%s%N)
  launch_app "$@"
  for _ in $(seq 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ]; then
      READY_MS=$(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.01
  done
  echo "the service did not become ready; its log:" >&2; cat "$WORK/app.log" >&2; exit 1
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
