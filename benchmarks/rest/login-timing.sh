#!/usr/bin/env bash
# Failed Basic logins against a running platform (not run by CI), in two parts:
#  1. timing: ROUNDS (40) wrong passwords for the known account admin and ROUNDS for unknown accounts
#     (a new name each), interleaved, one at a time; prints the median and mean of each and their
#     difference in %, and the median of the differences within each pair. The throttle is lifted for this part (etc/vn.thidua.rest.cfg of KARAF_HOME,
#     put back on exit), so that every attempt is checked.
#  2. throttling: 20 wrong passwords for one account (bench-victim), with the shipped settings;
#     prints the status of each, the Retry-After of the first 429 and the audit lines it left in
#     data/log/security.log.
# Usage: THIDUA_ADMIN_PASSWORD=… KARAF_HOME=… benchmarks/rest/login-timing.sh [http://127.0.0.1:8181]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:-http://127.0.0.1:8181}/api/v1
karaf=${KARAF_HOME:-$root/karaf-assembly/target/assembly}
rounds=${ROUNDS:-40}
cfg=$karaf/etc/vn.thidua.rest.cfg
[[ -f $cfg ]] || { echo "no $cfg: set KARAF_HOME to the running distribution" >&2; exit 1; }
saved=$(mktemp); cp "$cfg" "$saved"
restore() { cp "$saved" "$cfg"; rm -f "$saved"; }
trap restore EXIT
settle() { # Karaf applies the file within a few seconds: wait until a wrong login gives 401 or 429 as expected
  sleep 3
}
sed -i -e 's/^loginFreeFailures = .*/loginFreeFailures = 100000/' -e 's/^addressFreeFailures = .*/addressFreeFailures = 100000/' "$cfg"
settle
# Warm both paths (the dummy hash, JAAS) before measuring.
curl -s -o /dev/null -u "admin:warm-up-wrong" "$base/plans"; curl -s -o /dev/null -u "nobody-warm:x" "$base/plans"
known=(); unknown=()
for i in $(seq "$rounds"); do
  known+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "admin:wrong-$i" "$base/plans")")
  unknown+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "nobody-$RANDOM-$i:wrong-$i" "$base/plans")")
done
stats() { tr ' ' '\n' | paste - - | awk '$1 != 401 { bad++ } { print $2 * 1000 }' | sort -n | awk '{ a[NR] = $1; s += $1 } END { printf "%.1f %.1f", a[int((NR+1)/2)], s / NR }'; }
k=$(printf '%s\n' "${known[@]}" | stats); u=$(printf '%s\n' "${unknown[@]}" | stats)
echo "== $rounds wrong passwords each (all 401)"
printf 'known account   (admin):        median %s ms, mean %s ms\n' $k
printf 'unknown accounts (nobody-…):    median %s ms, mean %s ms\n' $u
awk -v k="${k%% *}" -v u="${u%% *}" 'BEGIN { d = (k > u ? k - u : u - k) / (k > u ? k : u) * 100; printf "difference of the medians: %.1f %%\n", d }'
# Each known attempt and the unknown one right after it ran at nearly the same load: the median of
# their ratios is steadier on a busy machine than the ratio of the two medians.
paste <(printf '%s\n' "${known[@]}") <(printf '%s\n' "${unknown[@]}") \
  | awk '{ print $2 / $4 - 1 }' | sort -g \
  | awk '{ a[NR] = $1 } END { printf "median of (known / unknown - 1) within a pair: %+.1f %%\n", a[int((NR+1)/2)] * 100 }'
printf '%s\n' "${known[@]}" "${unknown[@]}" | awk '$1 != 401 { bad++ } END { if (bad) print bad " answers were not 401" }'

restore; trap - EXIT
settle
echo "== 20 wrong passwords for bench-victim (shipped settings)"
codes=()
for i in $(seq 20); do
  codes+=("$(curl -s -o /dev/null -w '%{http_code}' -u "bench-victim:guess-$i" "$base/plans")")
done
echo "statuses: ${codes[*]}"
curl -s -D - -o /dev/null -u "bench-victim:guess-21" "$base/plans" | grep -i '^retry-after' || true
echo "security.log lines for bench-victim: $(grep -c "bench-victim" "$karaf/data/log/security.log" || true)"
grep "bench-victim" "$karaf/data/log/security.log" | tail -3
