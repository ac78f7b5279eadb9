#!/usr/bin/env bash
# Connections during a start: launches a copy of the distribution and opens a connection to
# GET /api/v1/health every STEP s (0.02) from the launch until AFTER s (3) past the first 200, each
# with a timeout of WAIT s (10). Prints how they ended (200, refused, other statuses, and "hung": no
# answer within WAIT s, a connection accepted and then neither answered nor closed) and how many
# Jetty servers pax-web started and stopped by then (karaf.log). KEEP=1 keeps the copy. Not run by CI.
#
#   benchmarks/start/connects.sh [distribution folder] [HTTP port]   (default karaf-assembly/target/assembly, 18900;
#                                                                   SSH, RMI and JMXMP on the next four ports)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="${1:-$ROOT/karaf-assembly/target/assembly}"; PORT="${2:-18900}"
STEP="${STEP:-0.02}"; WAIT="${WAIT:-10}"; AFTER="${AFTER:-3}"
[ -x "$DIST/bin/karaf" ] || { echo "no distribution at $DIST (mvn -B install -DskipTests)" >&2; exit 2; }
WORK="$(mktemp -d /tmp/thidua-connects.XXXXXX)"
"$ROOT/benchmarks/rest/karaf-copy.sh" "$WORK/karaf" "$PORT" "$DIST"
stop() { pkill -f "karaf.base=$WORK/karaf"; for _ in $(seq 200); do pgrep -f "karaf.base=$WORK/karaf" >/dev/null || return; sleep 0.1; done; pkill -9 -f "karaf.base=$WORK/karaf"; }
trap stop EXIT
(cd "$WORK/karaf" && EXTRA_JAVA_OPTS="${JAVA_OPTS_EXTRA:--Xmx512m}" setsid nohup bin/karaf server > "$WORK/karaf.out" 2>&1 < /dev/null &)
mkdir "$WORK/answers"
n=0; ready=0; t0=$(date +%s%N)
while :; do
  n=$((n + 1))
  (curl -s -o /dev/null -m "$WAIT" -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/api/v1/health" > "$WORK/answers/$n" 2>/dev/null) &
  sleep "$STEP"
  now=$(date +%s%N)
  if [ "$ready" = 0 ] && [ "$n" -gt 10 ] && grep -qs '^200' "$WORK/answers/$((n - 10))"; then ready=$now; fi
  [ "$ready" != 0 ] && [ $(((now - ready) / 1000000)) -gt $((AFTER * 1000)) ] && break
  [ $(((now - t0) / 1000000000)) -gt 180 ] && { echo "no 200 within 180 s" >&2; break; }
done
wait
cat "$WORK/answers"/* | awk -v n="$n" -v w="$WAIT" '
  $1 == "200" {ok++} $1 == "000" && $2 + 0 < w - 0.5 {refused++} $1 == "000" && $2 + 0 >= w - 0.5 {hung++}
  $1 != "200" && $1 != "000" {other[$1]++}
  END {o = ""; for (c in other) o = o " " other[c] " x " c ";"
       printf "%d connections: %d x 200, %d refused,%s %d hung (no answer within %d s)\n", n, ok, refused, o, hung, w}'
# the log as it is now, with Karaf still running: its stop would add a server stopped
awk '/JettyServerWrapper/ && /\| Starting Server@/ {s++} /JettyServerWrapper/ && /\| Stopping Server@/ {t++}
     END {printf "pax-web until now: %d Jetty server(s) started, %d stopped\n", s, t}' "$WORK/karaf/data/log/karaf.log"
stop; trap - EXIT
if [ "${KEEP:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
