#!/usr/bin/env bash
# Before and after side by side (issue 15, item 8; not run by CI): two distributions running at once,
# load.sh run on each in turn, ROUNDS times, the order alternating every round, with the load average
# beside every run, after a warm-up run on each that is not counted. On AFTER the PDF run is made
# twice: with its document cache off (every request renders: cache.bytes = 0 in
# etc/vn.thidua.export.internal.ExporterRegistry.cfg) and on (the default: the same stored plan is
# rendered once), and a third time with If-None-Match (304, nothing rendered).
# Usage: benchmarks/rest/paired.sh BEFORE_HOME BEFORE_URL AFTER_HOME AFTER_URL
# Environment as load.sh (DURATION, PDF_DURATION, CONNECTIONS, …), and ROUNDS (2).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
before_home=$1 before_url=$2 after_home=$3 after_url=$4
rounds=${ROUNDS:-2}
export FORMATS=pdf PDF_DURATION=${PDF_DURATION:-15s}
cache_cfg=$after_home/etc/vn.thidua.export.internal.ExporterRegistry.cfg
trap 'rm -f "$cache_cfg"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }
cache() { # on|off: rewrites the configuration and waits until Karaf has applied it
  if [[ $1 == off ]]; then printf 'cache.bytes = 0\n' > "$cache_cfg"; else rm -f "$cache_cfg"; fi
  sleep 5
}
side() { # name home url [label]
  local name=$1 home=$2 url=$3 label=${4:-$1} out
  out=$(KARAF_HOME=$home "$root/benchmarks/rest/load.sh" "$url")
  printf '%-16s load %5s  %s\n' "$label" "$(load)" "$(echo "$out" | awk '$1 == "base" || $1 == "validation" || $1 == "pdf" {printf "%s %s  ", $1, $2}')"
}
not_modified() { # wrk with If-None-Match on AFTER's stored Gia Lai 2023 PDF
  local token=bench-304-$$ cfg=$after_home/etc/vn.thidua.rest.cfg id tag lua out
  echo "token.bench304 = $(printf %s "$token" | sha256sum | cut -d' ' -f1) admin" >> "$cfg"
  for _ in $(seq 100); do [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$after_url/api/v1/tokens") == 200 ]] && break; sleep 0.2; done
  id=$(curl -s -H "Authorization: Bearer $token" "$after_url/api/v1/plans?province=gia-lai&year=2023&limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
  tag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $token" "$after_url/api/v1/plans/$id/document?format=pdf" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
  out=$(wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${DURATION:-15s}" -H "Authorization: Bearer $token" -H "If-None-Match: $tag" \
        "$after_url/api/v1/plans/$id/document?format=pdf")
  sed -i '/^token.bench304 /d' "$cfg"
  # wrk counts the 304s as "Non-2xx or 3xx responses": that count should equal the requests
  printf '%-16s load %5s  pdf %s req/s (%s)\n' "after 304" "$(load)" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(grep -E 'Non-2xx|Socket errors|requests in' <<<"$out" | xargs)"
}
echo "$(nproc) cores, load $(load); before $before_url, after $after_url"
# A first short run on each, not counted: the JIT compiles the code both will be measured on.
DURATION=5s PDF_DURATION=5s KARAF_HOME=$before_home "$root/benchmarks/rest/load.sh" "$before_url" > /dev/null
cache off; DURATION=5s PDF_DURATION=5s KARAF_HOME=$after_home "$root/benchmarks/rest/load.sh" "$after_url" > /dev/null
for r in $(seq "$rounds"); do
  echo "== round $r"
  if (( r % 2 )); then side before "$before_home" "$before_url"; fi
  cache off; side after "$after_home" "$after_url" "after, no cache"
  cache on; side after "$after_home" "$after_url" "after, cached"
  not_modified
  if (( r % 2 == 0 )); then side before "$before_home" "$before_url"; fi
done
