# Sourced by the bench scripts: checks what they need, and stops the service they started on exit.
# Expects JAR, BASE, WORK and APP_PID to be set; BENCH_TOOLS names the commands the script needs.

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

rss_mib() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }
