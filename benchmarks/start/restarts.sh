#!/usr/bin/env bash
# Start times of the built distribution: one fresh start, then RESTARTS restarts (each after a clean
# stop, SIGTERM), then one restart after kill -9; each timed from launching bin/karaf to the first
# 200 of GET /api/v1/health. Prints each time and its ratio to the fresh start, then
# "N passed, M failed" where a restart passes when it is within LIMIT x the fresh start. Run by hand
# (or from benchmarks/start/compare.sh), not in CI. Listens on 127.0.0.1 only, on free ports.
#
#   benchmarks/start/restarts.sh [distribution folder]   (default karaf-assembly/target/assembly;
#                                                           build it first: mvn -B install -DskipTests)
# Environment: RESTARTS (10), LIMIT (1.5), TIMEOUT (seconds per start, 180), JAVA_OPTS_EXTRA (-Xmx512m),
# KEEP (1: keep the folder, karaf.log with it, even when every start passed).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="${1:-$ROOT/karaf-assembly/target/assembly}"
RESTARTS="${RESTARTS:-10}"
LIMIT="${LIMIT:-1.5}"
TIMEOUT="${TIMEOUT:-180}"
[ -x "$DIST/bin/karaf" ] || { echo "no distribution at $DIST (mvn -B install -DskipTests)" >&2; exit 2; }
WORK="$(mktemp -d /tmp/thidua-restarts.XXXXXX)"
KARAF="$WORK/karaf"
cp -r "$DIST" "$KARAF"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP=$(free_port)
sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $HTTP/" "$KARAF/etc/org.ops4j.pax.web.cfg"
grep -q "^org.osgi.service.http.port = $HTTP" "$KARAF/etc/org.ops4j.pax.web.cfg" \
  || echo "org.osgi.service.http.port = $HTTP" >> "$KARAF/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort = .*/sshPort = $(free_port)/" "$KARAF/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort = .*/rmiServerPort = $(free_port)/" \
  "$KARAF/etc/org.apache.karaf.management.cfg"
HEALTH="http://127.0.0.1:$HTTP/api/v1/health"

now() { date +%s.%N; }
karaf_pid() { pgrep -f "karaf.base=$KARAF" | head -1; }

# Launches Karaf and prints the seconds until the health answers 200; fails on timeout or exit.
timed_start() {
  local t0 pid code
  t0=$(now)
  # The whole launch writes to karaf.out: this function runs inside $(…), which would otherwise wait
  # for the background shell holding its pipe, that is until Karaf stops.
  (cd "$KARAF" && EXTRA_JAVA_OPTS="${JAVA_OPTS_EXTRA:--Xmx512m}" nohup bin/karaf server &) >> "$WORK/karaf.out" 2>&1
  for _ in $(seq $((TIMEOUT * 20))); do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$HEALTH" 2>/dev/null || true)
    if [ "$code" = 200 ]; then
      python3 -c "print(f'{$(now) - $t0:.2f}')"
      return 0
    fi
    sleep 0.05
  done
  pid=$(karaf_pid)
  # What it was doing, for the failure to be looked into: the last answer, its threads, its log (kept).
  [ -n "$pid" ] && jcmd "$pid" Thread.print > "$WORK/threads-$(date +%H%M%S).txt" 2>&1
  cp "$KARAF/data/log/karaf.log" "$WORK/karaf-$(date +%H%M%S).log" 2>/dev/null
  echo "no 200 from $HEALTH within ${TIMEOUT}s (last answer: ${code:-none}; process ${pid:-gone}; kept: $WORK)" >&2
  return 1
}

# Stops Karaf: SIGTERM (Karaf's own clean shutdown) or SIGKILL; waits for the process to be gone.
stop() {
  local pid
  pid=$(karaf_pid)
  [ -n "$pid" ] || return 0
  kill "$1" "$pid" 2>/dev/null
  for _ in $(seq 1200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null
}

trap 'stop -9' EXIT
fresh=$(timed_start) || exit 1
loadavg() { cut -d' ' -f1 /proc/loadavg; }
echo "$(nproc) cores; JAVA_OPTS_EXTRA='${JAVA_OPTS_EXTRA:--Xmx512m}'"
printf '%-16s %7ss          load %s\n' "fresh start" "$fresh" "$(loadavg)"
passed=0; failed=0; times=()
run() {
  local label="$1" t ratio
  t=$(timed_start) || { failed=$((failed + 1)); return; }
  ratio=$(python3 -c "print(f'{$t / $fresh:.2f}')")
  times+=("$t")
  if python3 -c "import sys; sys.exit(0 if $t <= $LIMIT * $fresh else 1)"; then
    passed=$((passed + 1)); verdict=""
  else
    failed=$((failed + 1)); verdict="  over ${LIMIT}x"
  fi
  printf '%-16s %7ss  %5sx  load %s%s\n' "$label" "$t" "$ratio" "$(loadavg)" "$verdict"
}
for i in $(seq "$RESTARTS"); do
  stop -TERM
  run "restart $i"
done
stop -KILL
run "after kill -9"
stop -TERM
python3 - "$fresh" "${times[@]}" <<'PY'
import statistics, sys
fresh, times = float(sys.argv[1]), [float(t) for t in sys.argv[2:]]
if times:
    print(f"restarts: median {statistics.median(times):.2f}s, max {max(times):.2f}s, max ratio {max(times) / fresh:.2f}x the fresh start")
PY
echo "$passed passed, $failed failed"
# The stall this script was written for leaves no log line: JAAS's start level (30) simply took 10 s
# more. Printed per start: the seconds from Declarative Services (scr, the first bundle of level 30)
# starting to the JMX server's activator (after JAAS), read from karaf.log.
python3 - "$KARAF/data/log/karaf.log" <<'PY'
import datetime, sys
at = lambda line: datetime.datetime.strptime(line[:23], "%Y-%m-%dT%H:%M:%S,%f")
spans, scr = [], None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if "org.apache.felix.scr" in line and "Version =" in line:
        scr = at(line)
    elif scr and "management.server" in line and "hostname" in line:
        spans.append(f"{(at(line) - scr).total_seconds():.1f}")
        scr = None
print("JAAS's start level (scr to management), per start in order:", " ".join(spans) + " s")
PY
# kept when a start failed, with what timed_start saved
[ "$failed" -eq 0 ] && [ "${KEEP:-0}" != 1 ] && rm -rf "$WORK"
[ "${KEEP:-0}" = 1 ] && echo "kept: $WORK"
[ "$failed" -eq 0 ]
