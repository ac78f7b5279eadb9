#!/usr/bin/env bash
# Leaner and faster, side by side in one run (issue 15, item 8; not run by CI). For the same Karaf
# without our features ("plain": the AFTER distribution with every thidua-* feature taken out of
# featuresBoot), the BEFORE distribution (e.g. main's) and the AFTER one (this branch's), each from a
# fresh copy on free loopback ports, one after the other, ROUNDS times (the order rotates each round,
# so that a load that drifts during the run does not always fall on the same one); the machine's
# load average is printed beside every figure, and the ratios are taken within a round:
#   start   seconds from launching bin/karaf to ready: ours, the first 200 of GET /api/v1/health;
#           plain, the console's SSH port open, and a first `bundle:list` answered through bin/client
#   rss     the process's resident memory IDLE seconds after ready (/proc/PID/status VmRSS)
#   valid.  wrk on POST /api/v1/plans/validation (the Gia Lai 2023 seed), via benchmarks/rest/load.sh
#   pdf     wrk on GET /api/v1/plans/{id}/document?format=pdf (the stored Gia Lai 2023 seed)
# valid. and pdf need wrk (and LOAD=1, the default when wrk is installed); they run in the last round.
# With PROFILE=1, a JFR recording of the AFTER distribution during its validation run, and its
# hottest methods (top of stack, and our own frames anywhere on the stack).
#
#   benchmarks/start/compare.sh BEFORE_DIST [AFTER_DIST]    (AFTER default karaf-assembly/target/assembly)
# Environment: ROUNDS (3), IDLE (20 s), TIMEOUT (300 s to ready), LOAD (1 if wrk is installed), DURATION (15s), PDF_DURATION (30s),
# JAVA_OPTS_EXTRA (empty: the distribution's own bin/setenv decides), PROFILE (0).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BEFORE="${1:?usage: compare.sh BEFORE_DIST [AFTER_DIST]}"
AFTER="${2:-$ROOT/karaf-assembly/target/assembly}"
IDLE="${IDLE:-20}"
ROUNDS="${ROUNDS:-3}"
LOAD="${LOAD:-$(command -v wrk > /dev/null && echo 1 || echo 0)}"
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
launch() { (cd "$KARAF" && EXTRA_JAVA_OPTS="${JAVA_OPTS_EXTRA:-}" nohup bin/karaf server > "$KARAF.out" 2>&1 &); }
pid_of() { pgrep -f "karaf.base=$KARAF" | head -1; }
await() { # command… : retried every 50 ms for TIMEOUT seconds (300)
  local end=$((SECONDS + ${TIMEOUT:-300}))
  while [ "$SECONDS" -lt "$end" ]; do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done
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

loadavg() { cut -d' ' -f1 /proc/loadavg; }

# Plain Karaf: our distribution with none of our features booted, and JAAS without the bcrypt
# encryption our thidua-rest feature brings (its service would never come).
prepare_plain() {
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
}

measure_plain() { # round
  local r=$1
  prepare_plain
  # A wait that times out leaves its figure empty (nan in the table), and the run goes on.
  R[$r.plain.console]=""; R[$r.plain.start]=""
  t0=$(now); launch
  await ssh_open && R[$r.plain.console]=$(since "$t0")
  await bundles_listed && R[$r.plain.start]=$(since "$t0")
  R[$r.plain.load]=$(loadavg)
  sleep "$IDLE"; R[$r.plain.rss]=$(rss); stop
  echo "round $r plain:  ready ${R[$r.plain.start]} s (console ${R[$r.plain.console]} s), idle RSS ${R[$r.plain.rss]} MiB, load ${R[$r.plain.load]}"
}

measure() { # round, name, distribution
  local r=$1 name=$2 out
  prepare "$name" "$3"
  R[$r.$name.start]=""
  t0=$(now); launch
  await healthy && R[$r.$name.start]=$(since "$t0")
  R[$r.$name.load]=$(loadavg)
  sleep "$IDLE"; R[$r.$name.rss]=$(rss)
  echo "round $r $name: health ${R[$r.$name.start]} s, idle RSS ${R[$r.$name.rss]} MiB, load ${R[$r.$name.load]}"
  if [ "$r" = "$ROUNDS" ] && [ "$LOAD" = 1 ]; then
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
  fi
  stop
}

echo "$(nproc) cores, load $(loadavg) at the start; JAVA_OPTS_EXTRA='${JAVA_OPTS_EXTRA:-}'"
names=(plain before after)
for r in $(seq "$ROUNDS"); do
  for k in 0 1 2; do
    name=${names[$(( (k + r - 1) % 3 ))]}
    case $name in
      plain) measure_plain "$r" ;;
      before) measure "$r" before "$BEFORE" ;;
      after) measure "$r" after "$AFTER" ;;
    esac
  done
done

python3 - "$ROUNDS" <<PY
import math, statistics, sys
r = {$(for k in "${!R[@]}"; do printf '"%s": "%s", ' "$k" "${R[$k]}"; done)}
rounds = int(sys.argv[1])
f = lambda k: float(r[k]) if r.get(k) not in (None, "") else float("nan")
med = lambda xs: statistics.median(xs) if xs else float("nan")
def col(what, name): return [f(f"{i}.{name}.{what}") for i in range(1, rounds + 1)]
print()
print(f"{'round':>5} {'load':>6}  {'plain s':>8} {'before s':>9} {'after s':>8}  {'before/plain':>12} {'after/plain':>11}"
      f"  {'plain MiB':>9} {'before':>7} {'after':>6}  {'+before':>7} {'+after':>6}")
ratios_b, ratios_a, extra_b, extra_a = [], [], [], []
for i in range(1, rounds + 1):
    p, b, a = f(f"{i}.plain.start"), f(f"{i}.before.start"), f(f"{i}.after.start")
    pm, bm, am = f(f"{i}.plain.rss"), f(f"{i}.before.rss"), f(f"{i}.after.rss")
    load = max(f(f"{i}.{n}.load") for n in ("plain", "before", "after"))
    ratios_b.append(b / p); ratios_a.append(a / p); extra_b.append(bm - pm); extra_a.append(am - pm)
    print(f"{i:>5} {load:>6.1f}  {p:>8.2f} {b:>9.2f} {a:>8.2f}  {b / p:>11.2f}x {a / p:>10.2f}x"
          f"  {pm:>9.0f} {bm:>7.0f} {am:>6.0f}  {bm - pm:>+7.0f} {am - pm:>+6.0f}")
print(f"{'median':>12}  {med(col('start', 'plain')):>8.2f} {med(col('start', 'before')):>9.2f} {med(col('start', 'after')):>8.2f}"
      f"  {med(ratios_b):>11.2f}x {med(ratios_a):>10.2f}x  {med(col('rss', 'plain')):>9.0f} {med(col('rss', 'before')):>7.0f}"
      f" {med(col('rss', 'after')):>6.0f}  {med(extra_b):>+7.0f} {med(extra_a):>+6.0f}")
print("targets: start <= 1.5x plain, idle RSS <= +80 MiB over plain")
if not math.isnan(f("after.valid")):
    print(f"validation (req/s): before {f('before.valid'):.0f}, after {f('after.valid'):.0f}: {f('after.valid') / f('before.valid'):.2f}x (target >= 3x)")
    print(f"PDF export (req/s): before {f('before.pdf'):.2f}, after {f('after.pdf'):.2f}: {f('after.pdf') / f('before.pdf'):.2f}x (target >= 2x)")
PY
