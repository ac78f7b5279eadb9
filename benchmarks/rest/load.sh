#!/usr/bin/env bash
# Throughput of the REST facade against a running platform, in one run (not run by CI):
#   base       GET  /api/v1/tokens                         (authenticated, touches no service: the ratio's base)
#   validation POST /api/v1/plans/validation               (the Gia Lai 2023 seed plan, validated by the pack in force)
#   F          GET  /api/v1/plans/{id}/document?format=F   (the stored Gia Lai 2023 seed, for each F in FORMATS)
# Usage: THIDUA_ADMIN_PASSWORD=… benchmarks/rest/load.sh [http://127.0.0.1:8181]
# Needs wrk (Debian: apt-get install -y wrk). Every request authenticates with the same API token,
# which the script adds to etc/vn.thidua.rest.cfg of KARAF_HOME (default karaf-assembly/target/assembly)
# and removes on exit; it has the admin role because the base endpoint lists the tokens.
# Stores nothing: it reads the seed plan the store loaded at its first start.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:-http://127.0.0.1:8181}/api/v1
karaf=${KARAF_HOME:-$root/karaf-assembly/target/assembly}
duration=${DURATION:-15s}; threads=${THREADS:-2}; connections=${CONNECTIONS:-8}
timeout=${TIMEOUT:-30s} # a PDF takes about a second alone on 2 cores: wrk's 2 s default times out under load
# 8 connections make one PDF each in ~8 s: a 15 s run would count one round; the PDF runs longer.
pdf_duration=${PDF_DURATION:-60s}
formats=${FORMATS:-docx html pdf}
plan=$root/bundles/plan/src/test/resources/fixtures/003_44668950db2da263.json
cfg=$karaf/etc/vn.thidua.rest.cfg
[[ -f $cfg ]] || { echo "no $cfg: set KARAF_HOME to the running distribution" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }

token=bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
lua=$(mktemp)
cleanup() { rm -f "$lua"; sed -i '/^token.bench /d' "$cfg"; }
trap cleanup EXIT
sed -i '/^token.bench /d' "$cfg"
echo "token.bench = $(printf %s "$token" | sha256sum | cut -d' ' -f1) admin" >> "$cfg"
auth="Authorization: Bearer $token"
# Karaf applies the file within a few seconds.
for _ in $(seq 100); do [[ $(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/tokens") == 200 ]] && break; sleep 0.2; done
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/tokens") == 200 ]] || { echo "the token was not accepted" >&2; exit 1; }

declare -A rps
run() { # name, wrk arguments…
  local name=$1 out d=$duration
  shift
  [[ $name == pdf ]] && d=$pdf_duration
  out=$(wrk -t"$threads" -c"$connections" -d"$d" --timeout "$timeout" -H "$auth" "$@")
  if grep -Eq 'Non-2xx|Socket errors' <<<"$out"; then echo "$name: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | xargs)" >&2; exit 1; fi
  rps[$name]=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  printf '%-12s %10s req/s   latency %s\n' "$name" "${rps[$name]}" "$(awk '/Latency/ {print "avg " $2 ", max " $4}' <<<"$out")"
}

run base "$base/tokens"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$plan" > "$lua"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -H 'Content-Type: application/json' --data-binary @"$plan" "$base/plans/validation")
[[ $code == 200 ]] || { echo "validation answers HTTP $code" >&2; exit 1; }
run validation -s "$lua" "$base/plans/validation"
id=$(curl -s -H "$auth" "$base/plans?province=gia-lai&year=2023&limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
[[ -n $id ]] || { echo "no Gia Lai 2023 plan in the store" >&2; exit 1; }
for f in $formats; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/plans/$id/document?format=$f")
  [[ $code == 200 ]] || { echo "$f answers HTTP $code" >&2; exit 1; }
  run "$f" "$base/plans/$id/document?format=$f"
done
printf 'ratio to base:'
for name in validation $formats; do printf ' %s %s' "$name" "$(awk "BEGIN {printf \"%.4f\", ${rps[$name]}/${rps[base]}}")"; done
echo
