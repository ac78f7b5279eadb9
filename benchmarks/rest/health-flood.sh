#!/usr/bin/env bash
# Anonymous health flood against a running platform (not run by CI): wrk -t2 -c16 on GET /api/v1/health
# for DURATION (20s) while an authenticated client reads GET /api/v1/plans every 100 ms. Prints wrk's
# summary (requests, non-2xx, socket errors) and the reader's latencies (p50, p95, max, over 50 ms).
# Usage: THIDUA_ADMIN_PASSWORD=… benchmarks/rest/health-flood.sh [http://127.0.0.1:8181]
set -euo pipefail
base=${1:-http://127.0.0.1:8181}/api/v1
duration=${DURATION:-20s}
me="admin:${THIDUA_ADMIN_PASSWORD:?set THIDUA_ADMIN_PASSWORD}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' -u "$me" "$base/plans?limit=1") == 200 ]] || { echo "GET /plans does not answer 200" >&2; exit 1; }
times=$(mktemp); out=$(mktemp); alone=$(mktemp)
trap 'rm -f "$times" "$out" "$alone"' EXIT
summary() { # file of "status seconds" lines
  awk '$1 != 200 { bad++ } END { printf "%d requests, %d not 200; ", NR, bad + 0 }' "$1"
  awk '{ print $2 * 1000 }' "$1" | sort -n | awk '{ a[NR] = $1; if ($1 > 50) over++ }
    END { p50 = int(NR * 0.5); p95 = int(NR * 0.95); if (p50 < 1) p50 = 1; if (p95 < 1) p95 = 1
          printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms, over 50 ms: %d of %d\n", a[p50], a[p95], a[NR], over + 0, NR }'
}
# The same reader alone first: on a loaded machine this is the floor to compare with.
for _ in $(seq 20); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$me" "$base/plans?limit=20" >> "$alone"
  sleep 0.1
done
wrk -t2 -c16 -d"$duration" --latency "$base/health" > "$out" &
flood=$!
sleep 1 # wrk connected
while kill -0 "$flood" 2>/dev/null; do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$me" "$base/plans?limit=20" >> "$times"
  sleep 0.1
done
wait "$flood"
echo "== wrk GET /health, 16 connections, $duration"
grep -E 'requests in|Requests/sec|Non-2xx|Socket errors|Latency ' "$out" | sed 's/^ *//'
grep -Eq 'Non-2xx|Socket errors' "$out" && echo "health: ERRORS" || echo "health: no error"
echo "== authenticated GET /plans?limit=20, alone before the flood"
summary "$alone"
echo "== authenticated GET /plans?limit=20, during the flood"
summary "$times"
