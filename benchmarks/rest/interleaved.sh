#!/usr/bin/env bash
# Before and after in short alternating runs (not run by CI): on a machine others load unevenly, a
# 15 s run on one side and then the other compares two loads; PAIRS (8) pairs of SECONDS (5) wrk runs,
# the order swapped every pair, compare the two sides within seconds of each other. For validation
# (POST /plans/validation, the Gia Lai 2023 seed) and the uncached PDF (cache.bytes = 0 on AFTER),
# prints each pair and the median of the ratios after / before, after a warm-up run of each.
# WHAT ("validation pdf") names what to measure, e.g. WHAT=validation for validation alone. PAUSE (8 s)
# between two runs: a JVM goes on working for seconds after a burst of PDFs (its collector gives the
# grown heap back), and without the pause the second side of every pair ran beside that work (same
# build on both sides: pairs of 0.50x and 1.78x, by order alone).
# Usage: benchmarks/rest/interleaved.sh BEFORE_HOME BEFORE_URL AFTER_HOME AFTER_URL
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
homes=("$1" "$3"); urls=("$2" "$4")
pairs=${PAIRS:-8}; seconds=${SECONDS_EACH:-5}; what_all=${WHAT:-validation pdf}; pause=${PAUSE:-8}
plan=$root/bundles/plan/src/test/resources/fixtures/003_44668950db2da263.json
token=bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
lua=$(mktemp); cache_cfg=${homes[1]}/etc/vn.thidua.export.internal.ExporterRegistry.cfg
cleanup() { rm -f "$lua" "$cache_cfg"; for h in "${homes[@]}"; do sed -i '/^token.interleaved /d' "$h/etc/vn.thidua.rest.cfg"; done; }
trap cleanup EXIT
printf 'cache.bytes = 0\n' > "$cache_cfg"
for h in "${homes[@]}"; do echo "token.interleaved = $(printf %s "$token" | sha256sum | cut -d' ' -f1) admin" >> "$h/etc/vn.thidua.rest.cfg"; done
auth="Authorization: Bearer $token"
for u in "${urls[@]}"; do
  for _ in $(seq 100); do [[ $(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$u/api/v1/tokens") == 200 ]] && break; sleep 0.2; done
done
sleep 3 # the cache configuration applied
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$plan" > "$lua"
ids=()
for u in "${urls[@]}"; do
  ids+=("$(curl -s -H "$auth" "$u/api/v1/plans?province=gia-lai&year=2023&limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')")
done
rate() { # side (0 before, 1 after), what
  local out
  sleep "$pause"
  if [[ $2 == validation ]]; then
    out=$(wrk -t2 -c8 -d"${seconds}s" --timeout 30s -H "$auth" -s "$lua" "${urls[$1]}/api/v1/plans/validation")
  else
    out=$(wrk -t2 -c8 -d"${seconds}s" --timeout 30s -H "$auth" "${urls[$1]}/api/v1/plans/${ids[$1]}/document?format=pdf")
  fi
  if grep -Eq 'Non-2xx|Socket errors' <<<"$out"; then echo "errors: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | xargs)" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
# one run of each, not counted: the JIT compiles the code both sides will be measured on
for what in $what_all; do rate 0 "$what" > /dev/null; rate 1 "$what" > /dev/null; done
echo "$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); $pairs pairs of ${seconds} s runs"
for what in $what_all; do
  ratios=()
  for p in $(seq "$pairs"); do
    if (( p % 2 )); then b=$(rate 0 "$what"); a=$(rate 1 "$what"); else a=$(rate 1 "$what"); b=$(rate 0 "$what"); fi
    r=$(awk "BEGIN {printf \"%.2f\", $a / $b}")
    ratios+=("$r")
    printf '%-10s pair %d  load %5s  before %9s  after %9s req/s  %sx\n' "$what" "$p" "$(cut -d' ' -f1 /proc/loadavg)" "$b" "$a" "$r"
  done
  printf '%-10s median of the ratios: %sx\n' "$what" "$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')"
done
