#!/usr/bin/env bash
# Throughput of the REST facade against a running platform (not run by CI):
#   base       GET  /api/v1/tokens                         (authenticated, touches no service: the ratio's base)
#   validation POST /api/v1/plans/validation               (the Gia Lai 2023 plan, validated by the pack in force)
#   export     GET  /api/v1/plans/{id}/document?format=F   (for each F in FORMATS)
# Usage: THIDUA_ADMIN_PASSWORD=… benchmarks/rest/load.sh [http://127.0.0.1:8181]
# Needs wrk (Debian: apt-get install -y wrk). Uses an API token it adds to etc/ of KARAF_HOME
# (default karaf-assembly/target/assembly) so that every request costs the same authentication.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:-http://127.0.0.1:8181}/api/v1
karaf=${KARAF_HOME:-$root/karaf-assembly/target/assembly}
duration=${DURATION:-15s}; threads=${THREADS:-2}; connections=${CONNECTIONS:-8}
formats=${FORMATS:-html md docx pdf}
plan=$root/bundles/plan/src/test/resources/fixtures/003_44668950db2da263.json
admin="admin:${THIDUA_ADMIN_PASSWORD:?set THIDUA_ADMIN_PASSWORD}"

token=bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
grep -q '^token.bench ' "$karaf/etc/vn.thidua.rest.cfg" 2>/dev/null && sed -i '/^token.bench /d' "$karaf/etc/vn.thidua.rest.cfg"
echo "token.bench = $(printf %s "$token" | sha256sum | cut -d' ' -f1) editor" >> "$karaf/etc/vn.thidua.rest.cfg"
trap 'sed -i "/^token.bench /d" "$karaf/etc/vn.thidua.rest.cfg"' EXIT
for _ in $(seq 50); do [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/tokens") == 200 ]] && break; sleep 0.2; done

lua=$(mktemp); trap 'rm -f "$lua"; sed -i "/^token.bench /d" "$karaf/etc/vn.thidua.rest.cfg"' EXIT
run() { # name, wrk arguments…
  local name=$1; shift
  local rps
  rps=$(wrk -t"$threads" -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$@" | awk '/Requests\/sec/ {print $2}')
  printf '%-12s %10s req/s\n' "$name" "$rps"
  eval "rps_$name=$rps"
}

run base "$base/tokens"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$plan" > "$lua"
code=$(curl -s -o /dev/null -w '%{http_code}' -u "$admin" -H 'Content-Type: application/json' --data-binary @"$plan" "$base/plans/validation")
if [[ $code == 200 ]]; then run validation -s "$lua" "$base/plans/validation"; else printf '%-12s skipped (HTTP %s)\n' validation "$code"; rps_validation=0; fi
id=$(curl -s -u "$admin" -H 'Content-Type: application/json' --data-binary @"$plan" "$base/plans" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
for f in $formats; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "$admin" "$base/plans/$id/document?format=$f")
  [[ $code == 200 ]] || { printf '%-12s skipped (HTTP %s)\n' "$f" "$code"; continue; }
  run "$f" "$base/plans/$id/document?format=$f"
done
echo "ratios to base: validation $(awk "BEGIN {printf \"%.3f\", $rps_validation/$rps_base}")"
