#!/usr/bin/env bash
# The December rollover as an administrator runs it, under load, on a copy of the built distribution:
#   1. starts a copy of karaf-assembly/target/assembly in a temp folder on its own ports (H2, -Xmx384m);
#   2. starts wrk: POST /plans/validation of a 2026 plan and POST /plans/drafts for 2027, side by side;
#   3. writes the 2027 version of the province's pack (the 2026 one's descriptor, version YEAR.0.0, in force
#      from YEAR-01-01: what thidua:pack-new writes), checks it with POST /rule-packs/check, and drops it into
#      the watched folder (rulepacks/); measures the time until GET /rule-packs/in-force for 2027-01-01 names it;
#   4. checks that the 2026 plan still validates against the 2026 version and a 2027 draft records the new one;
#   5. rolls back (removes the file), measures the time until the 2026 version is back in force for 2027;
#   6. stops wrk and counts failed requests (non-2xx answers and socket errors; target 0).
# Usage: benchmarks/rollover/rollover.sh            (after mvn install -DskipTests)
# Settings (environment): PROVINCE (gia-lai), YEAR (2027), PORT (8191), SSH_PORT (8191+10), DURATION (40s: the load
# runs this long; the swap happens after a third of it), CONNECTIONS (4 per wrk), KEEP=1 keeps the temp folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
province=${PROVINCE:-gia-lai}; year=${YEAR:-2027}; old_year=$((year - 1))
port=${PORT:-8191}; ssh_port=${SSH_PORT:-$((port + 10))}
duration=${DURATION:-40}; connections=${CONNECTIONS:-4}
assembly=$root/karaf-assembly/target/assembly
[[ -x $assembly/bin/karaf ]] || { echo "no distribution at $assembly: mvn install -DskipTests first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/thidua-rollover.XXXXXX)
karaf=$work/karaf
cp -a "$assembly" "$karaf"
rm -rf "$karaf/data"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$karaf/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$karaf/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 20))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 21))/" \
  "$karaf/etc/org.apache.karaf.management.cfg"
token=rollover-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "token.rollover = $(printf %s "$token" | sha256sum | cut -d' ' -f1) admin" >> "$karaf/etc/vn.thidua.rest.cfg"
auth="Authorization: Bearer $token"
base=http://127.0.0.1:$port/api/v1
lua_validate=$work/validate.lua; lua_draft=$work/draft.lua

stop() {
  [[ -n ${wrk1:-} ]] && kill "$wrk1" 2>/dev/null || true
  [[ -n ${wrk2:-} ]] && kill "$wrk2" 2>/dev/null || true
  "$karaf/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 100); do pgrep -f "karaf.base=$karaf" >/dev/null || break; sleep 0.2; done
  [[ ${KEEP:-0} == 1 ]] && echo "kept $work" || rm -rf "$work"
}
trap stop EXIT

now_ms() { date +%s%3N; }
in_force() { # date → the id of the pack in force, or the HTTP status
  curl -s -H "$auth" "$base/rule-packs/in-force?province=$province&date=$1" | sed -n 's/^{"pack":{"id":"\([^"]*\)".*/\1/p'
}

EXTRA_JAVA_OPTS="-Xmx384m" "$karaf/bin/start"
started=$(now_ms)
for _ in $(seq 600); do [[ $(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/health") == 200 ]] && break; sleep 0.1; done
for _ in $(seq 600); do [[ -n $(in_force "$old_year-06-01") ]] && break; sleep 0.1; done
old_pack=$(in_force "$old_year-06-01")
[[ -n $old_pack ]] || { echo "no pack of $province in force in $old_year" >&2; exit 1; }
echo "up in $(( $(now_ms) - started )) ms; $province in $old_year: $old_pack; for $year-01-01 before the swap: $(in_force "$year-01-01")"

# A 2026 plan to validate: drafted once from the 2026 version.
draft_body() { printf '{"province":"%s","year":%s}' "$province" "$1"; }
created=$(curl -s -H "$auth" -H 'Content-Type: application/json' -d "$(draft_body "$old_year")" "$base/plans/drafts")
old_plan=$work/plan-$old_year.json
python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["plan"], ensure_ascii=False))' <<<"$created" > "$old_plan"
validated_by() { curl -s -H "$auth" -H 'Content-Type: application/json' --data-binary @"$old_plan" "$base/plans/validation" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["pack"]["id"], "valid" if r["valid"] else "NOT valid")'; }
drafted_by() { curl -s -H "$auth" -H 'Content-Type: application/json' -d "$(draft_body "$year")" "$base/plans/drafts" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["rulePackId"])'; }
echo "before: the $old_year plan validates with $(validated_by); a $year draft records $(drafted_by)"

# The 2027 version: the 2026 version's descriptor from its pack bundle, as thidua:pack-new writes it.
old_version=${old_pack#*@}
new_pack=$province@$year.0.0
descriptor=""
for jar in $(find "$karaf/system" -name "rules-$province-*.jar"); do
  for entry in $(unzip -Z1 "$jar" 'rulepacks/*' 2>/dev/null); do
    if unzip -p "$jar" "$entry" | grep -Eq "^ +version: *$old_version *$"; then descriptor=$(unzip -p "$jar" "$entry"); fi
  done
done
[[ -n $descriptor ]] || { echo "the descriptor of $old_pack is not in the distribution" >&2; exit 1; }
new_file=$work/$province-$year.yaml
printf '%s\n' "$descriptor" | sed -E "0,/^( +version:).*/s//\1 $year.0.0/; 0,/^( +validFrom:).*/s//\1 $year-01-01/; /^ +validTo:/d" > "$new_file"
check=$(curl -s -o "$work/check.json" -w '%{http_code}' -H "$auth" -H 'Content-Type: application/yaml' --data-binary @"$new_file" "$base/rule-packs/check")
echo "POST /rule-packs/check: HTTP $check, $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("drafted", r.get("draftedYears"), "against", r.get("inForce"), len(r.get("changes", [])), "change(s)")' "$work/check.json" 2>/dev/null || cat "$work/check.json")"
[[ $check == 200 ]] || exit 1

# Load: validations of the 2026 plan and drafts for 2027, each in its own wrk.
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$old_plan" > "$lua_validate"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' "'$(draft_body "$year")'" > "$lua_draft"
wrk -t1 -c"$connections" -d"${duration}s" --timeout 30s -H "$auth" -s "$lua_validate" "$base/plans/validation" > "$work/wrk-validate.txt" & wrk1=$!
wrk -t1 -c"$connections" -d"${duration}s" --timeout 30s -H "$auth" -s "$lua_draft" "$base/plans/drafts" > "$work/wrk-draft.txt" & wrk2=$!
sleep $((duration / 3))

folder=$karaf/rulepacks
mkdir -p "$folder"
cp "$new_file" "$work/.staged.yaml"
t0=$(now_ms)
mv "$work/.staged.yaml" "$folder/$province-$year.yaml"   # one rename: the watcher never sees half a file
until [[ $(in_force "$year-01-01") == "$new_pack" ]]; do (( $(now_ms) - t0 < 60000 )) || { echo "not in force after 60 s" >&2; exit 1; }; done
install_ms=$(( $(now_ms) - t0 ))
echo "installed: $new_pack in force for $year-01-01 after $install_ms ms"
echo "during: the $old_year plan validates with $(validated_by); a $year draft records $(drafted_by)"
sleep $((duration / 3))

t0=$(now_ms)
rm "$folder/$province-$year.yaml"
until [[ $(in_force "$year-01-01") == "$old_pack" ]]; do (( $(now_ms) - t0 < 60000 )) || { echo "not rolled back after 60 s" >&2; exit 1; }; done
rollback_ms=$(( $(now_ms) - t0 ))
echo "rolled back: $old_pack in force again for $year-01-01 after $rollback_ms ms"
echo "after: the $old_year plan validates with $(validated_by); a $year draft records $(drafted_by)"

wait "$wrk1" "$wrk2"; wrk1=""; wrk2=""
failed=0
for name in validate draft; do
  out=$(cat "$work/wrk-$name.txt")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk -F: '/Non-2xx/ {gsub(/ /, "", $2); print $2}' <<<"$out"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {s=0; for (i=3; i<=NF; i++) if ($i ~ /^[0-9]+,?$/) s+=$i; print s}' <<<"$out"); socket=${socket:-0}
  printf '%-9s %7s requests, %s non-2xx, %s socket errors, %s req/s\n' "$name" "$requests" "$non2xx" "$socket" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  failed=$((failed + non2xx + socket))
done
echo "failed requests: $failed; new version in force after $install_ms ms; rolled back after $rollback_ms ms"
[[ $failed == 0 ]]
