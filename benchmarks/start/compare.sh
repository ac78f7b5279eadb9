#!/usr/bin/env bash
# Leaner and faster, side by side in one run (issue 15, item 8; not run by CI). For the same Karaf
# without our features ("plain": the AFTER distribution with every thidua-* feature taken out of
# featuresBoot), the BEFORE distribution (e.g. main's) and the AFTER one (this branch's), each from a
# fresh copy on free loopback ports, one after the other:
#   start   seconds from launching bin/karaf to ready: ours, the first 200 of GET /api/v1/health;
#           plain, the console's SSH port open, and a first `bundle:list` answered through bin/client
#   rss     the process's resident memory IDLE seconds after ready (/proc/PID/status VmRSS)
#   valid.  wrk on POST /api/v1/plans/validation (the Gia Lai 2023 seed), via benchmarks/rest/load.sh
#   pdf     wrk on GET /api/v1/plans/{id}/document?format=pdf (the stored Gia Lai 2023 seed)
# With PROFILE=1, a JFR recording of the AFTER distribution during its validation run, and its
# hottest methods (top of stack, and our own frames anywhere on the stack).
#
#   benchmarks/start/compare.sh BEFORE_DIST [AFTER_DIST]    (AFTER default karaf-assembly/target/assembly)
# Environment: IDLE (20 s), DURATION (15s), PDF_DURATION (30s), JAVA_OPTS_EXTRA (-Xmx512m), PROFILE (0).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BEFORE="${1:?usage: compare.sh BEFORE_DIST [AFTER_DIST]}"
AFTER="${2:-$ROOT/karaf-assembly/target/assembly}"
IDLE="${IDLE:-20}"
export DURATION="${DURATION:-15s}" PDF_DURATION="${PDF_DURATION:-30s}" FORMATS=pdf
WORK="$(mktemp -d /tmp/thidua-compare.XXXXXX)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.2f}')"; }
declare -A R

# A fresh copy of a distribution with its own ports; sets KARAF, HTTP, SSH.
prepare() {
  KARAF="$WORK/$1"; rm -rf "$KARAF"; cp -r "$2" "$KARAF"
  HTTP=$(free_port); SSH=$(free_port)
  sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $HTTP/" "$KARAF/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort = .*/sshPort = $SSH/" "$KARAF/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort = .*/rmiServerPort = $(free_port)/" \
    "$KARAF/etc/org.apache.karaf.management.cfg"
  printf '\nbench = bench,_g_:benchgroup\n_g_\\:benchgroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$KARAF/etc/users.properties"
}
launch() { (cd "$KARAF" && EXTRA_JAVA_OPTS="${JAVA_OPTS_EXTRA:--Xmx512m}" nohup bin/karaf server > "$KARAF.out" 2>&1 &); }
pid_of() { pgrep -f "karaf.base=$KARAF" | head -1; }
await() { # command… : retried every 50 ms for 180 s
  for _ in $(seq 3600); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "not ready: $* (see $KARAF/data/log/karaf.log)" >&2; return 1
}
healthy() { [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$HTTP/api/v1/health")" = 200 ]; }
ssh_open() { python3 -c "import socket; socket.create_connection(('127.0.0.1', $SSH), 1).close()"; }
bundles_listed() { printf 'bundle:list -t 0\n' | "$KARAF/bin/client" -p "$SSH" -u bench -p bench -b 2>/dev/null | grep -q 'Apache Karaf'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$(pid_of)/status"; }
stop() {
  local pid; pid=$(pid_of); [ -n "$pid" ] || return 0
  kill "$pid"; for _ in $(seq 1200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.05; done; kill -9 "$pid"
}
trap 'stop; rm -rf "$WORK"' EXIT

# Plain Karaf: our distribution with none of our features booted, and JAAS without the bcrypt
# encryption our thidua-rest feature brings (its service would never come).
prepare plain "$AFTER"
python3 - "$KARAF/etc/org.apache.karaf.features.cfg" <<'PY'
import re, sys
path = sys.argv[1]; text = open(path).read()
head, boot = text.split("featuresBoot =", 1)
boot, tail = re.split(r"\n(?=\S)", boot, 1) if re.search(r"\n(?=\S)", boot) else (boot, "")
items = [i.strip() for i in boot.replace("\\\n", "").split(",") if i.strip() and "thidua" not in i]
open(path, "w").write(head + "featuresBoot = \\\n    " + ", \\\n    ".join(items) + "\n" + tail)
PY
sed -i 's/^encryption.enabled = .*/encryption.enabled = false/' "$KARAF/etc/org.apache.karaf.jaas.cfg"
t0=$(now); launch
await ssh_open && R[plain.console]=$(since "$t0")
await bundles_listed && R[plain.start]=$(since "$t0")
sleep "$IDLE"; R[plain.rss]=$(rss); stop

measure() { # name, distribution
  local name=$1 out
  prepare "$name" "$2"
  t0=$(now); launch
  await healthy && R[$name.start]=$(since "$t0")
  sleep "$IDLE"; R[$name.rss]=$(rss)
  if [ "$name" = after ] && [ "${PROFILE:-0}" = 1 ]; then
    jcmd "$(pid_of)" JFR.start name=bench settings=profile filename="$WORK/after.jfr" > /dev/null
  fi
  out=$(KARAF_HOME="$KARAF" "$ROOT/benchmarks/rest/load.sh" "http://127.0.0.1:$HTTP" 2>&1) || echo "$name: $out" >&2
  echo "$out" | sed "s/^/  $name: /"
  R[$name.base]=$(awk '$1 == "base" {print $2}' <<<"$out")
  R[$name.valid]=$(awk '$1 == "validation" {print $2}' <<<"$out")
  R[$name.pdf]=$(awk '$1 == "pdf" {print $2}' <<<"$out")
  if [ "$name" = after ] && [ "${PROFILE:-0}" = 1 ]; then
    jcmd "$(pid_of)" JFR.stop name=bench > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/after.jfr" > "$WORK/samples.txt"
    python3 "$ROOT/benchmarks/start/hot-methods.py" "$WORK/samples.txt"
  fi
  stop
}
measure before "$BEFORE"
measure after "$AFTER"

python3 - <<PY
r = {$(for k in "${!R[@]}"; do printf '"%s": "%s", ' "$k" "${R[$k]}"; done)}
f = lambda k: float(r[k]) if r.get(k) not in (None, "") else float("nan")
print()
print(f"{'':28}{'plain Karaf':>12}{'before':>10}{'after':>10}   after vs before   target")
print(f"{'start to ready (s)':28}{f('plain.start'):>12.2f}{f('before.start'):>10.2f}{f('after.start'):>10.2f}   "
      f"{f('before.start') / f('plain.start'):.2f}x -> {f('after.start') / f('plain.start'):.2f}x plain   <= 1.5x plain")
print(f"{'  (plain: console port)':28}{f('plain.console'):>12.2f}")
print(f"{'idle RSS (MiB)':28}{f('plain.rss'):>12.0f}{f('before.rss'):>10.0f}{f('after.rss'):>10.0f}   "
      f"+{f('before.rss') - f('plain.rss'):.0f} -> +{f('after.rss') - f('plain.rss'):.0f} MiB   <= +80 MiB")
print(f"{'base GET /tokens (req/s)':28}{'':>12}{f('before.base'):>10.0f}{f('after.base'):>10.0f}")
print(f"{'validation (req/s)':28}{'':>12}{f('before.valid'):>10.0f}{f('after.valid'):>10.0f}   "
      f"{f('after.valid') / f('before.valid'):.2f}x   >= 3x")
print(f"{'PDF export (req/s)':28}{'':>12}{f('before.pdf'):>10.2f}{f('after.pdf'):>10.2f}   "
      f"{f('after.pdf') / f('before.pdf'):.2f}x   >= 2x")
PY
