#!/usr/bin/env bash
# kill -9 test of the plan store: writes plans in a loop through the Karaf console, kills Karaf with
# SIGKILL in the middle of it, starts it again and checks that every write the console acknowledged
# ("Stored ... as plan <id>") is in the store. Default database: the distribution's embedded H2.
#
#   itests/kill9.sh [distribution folder]    (default: karaf-assembly/target/assembly; build it first:
#                                              mvn -B -o verify -pl karaf-assembly -am -DskipTests)
# Prints "N passed, 0 failed" on success; exits 1 when an acknowledged write is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${1:-$ROOT/karaf-assembly/target/assembly}"
WORK="$(mktemp -d /tmp/thidua-kill9.XXXXXX)"
KARAF="$WORK/karaf"
ACKED="$WORK/acked.txt"
KILL_AFTER="${KILL_AFTER:-12}"   # acknowledged writes before the kill
cp -r "$DIST" "$KARAF"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sed -i "s/^sshPort = .*/sshPort = $(free_port)/" "$KARAF/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort = .*/rmiServerPort = $(free_port)/" \
  "$KARAF/etc/org.apache.karaf.management.cfg"
echo "org.osgi.service.http.port = $(free_port)" >> "$KARAF/etc/org.ops4j.pax.web.cfg"
sed -i 's/^loadExamples = .*/loadExamples = false/' "$KARAF/etc/vn.thidua.plan.store.cfg"
# Karaf 4.4.10 ships no user: one for bin/client.
printf '\nkill9 = kill9,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
  >> "$KARAF/etc/users.properties"

client() { "$KARAF/bin/client" -u kill9 -p kill9 -b 2>/dev/null; }
start() {
  (cd "$KARAF" && EXTRA_JAVA_OPTS=-Xmx512m nohup bin/karaf server > "$WORK/karaf.out" 2>&1 &)
  for _ in $(seq 180); do
    if printf 'thidua:plans -n 1\n' | client | grep -q ' plans'; then return 0; fi
    sleep 1
  done
  echo "Karaf did not come up with the plan store; see $KARAF/data/log/karaf.log" >&2
  exit 1
}
karaf_pid() { pgrep -f "karaf.base=$KARAF" | head -1; }

start
echo "Karaf up (pid $(karaf_pid)); writing"
files=(examples/000_d3ad60d258665efa.json examples/001_b902e8c9f1ecfedd.json examples/002_d4688f34a2318412.json
       examples/003_44668950db2da263.json examples/004_a5c35aef69c6ea26.json)
( for i in $(seq 1000); do echo "thidua:plan-import ${files[$((i % 5))]}"; done ) | client \
  | grep --line-buffered -o 'as plan [0-9a-f-]*' | awk '{print $3; fflush()}' > "$ACKED" &
WRITER=$!
while [ "$(wc -l < "$ACKED")" -lt "$KILL_AFTER" ]; do sleep 0.05; done
PID="$(karaf_pid)"
kill -9 "$PID"
wait "$WRITER" 2>/dev/null || true
ACK_COUNT=$(wc -l < "$ACKED")
echo "killed Karaf (pid $PID) with SIGKILL after $ACK_COUNT acknowledged writes"

start
FOUND="$WORK/found.txt"
printf 'thidua:plans -n 500\n' | client | grep -o '^[0-9a-f]\{8\}-[0-9a-f-]*' | sort > "$FOUND"
missing=$(sort "$ACKED" | comm -23 - "$FOUND" | wc -l)
printf 'shutdown -f\n' | client > /dev/null || true
sleep 2; kill -9 "$(karaf_pid)" 2>/dev/null || true
echo "$(wc -l < "$FOUND") plans after the restart, $ACK_COUNT acknowledged before the kill"
if [ "$missing" -ne 0 ]; then
  echo "$((ACK_COUNT - missing)) passed, $missing failed: acknowledged writes lost (kept: $WORK)"
  exit 1
fi
echo "$ACK_COUNT passed, 0 failed"
rm -rf "$WORK"
