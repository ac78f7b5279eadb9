#!/usr/bin/env bash
# First starts of the distribution, in a row (default 20), each from a fresh copy, alternating with
# and without THIDUA_ADMIN_PASSWORD (without it, the generated password is read from the console
# output). Each start must: become ready (karaf.log: "The account 'admin' is ready"), let admin in
# to the REST API (GET /api/v1/rule-packs: 200) and to the console (bin/client, jaas:whoami), leave
# exactly one admin line with all its roles in etc/users.properties, and not log the password.
# Then Karaf is stopped. Run by hand, not in CI:
#
#   itests/first-start.sh [starts] [distribution folder]   (default: 20, karaf-assembly/target/assembly;
#                                                            build it first: mvn -B install -DskipTests)
# Prints one line per start, then "N passed, M failed" and the times to readiness; exits 1 when one
# failed (its copy is kept and named). Listens on 127.0.0.1 only, on free ports (never 8181/8101).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STARTS="${1:-20}"
DIST="${2:-$ROOT/karaf-assembly/target/assembly}"
WORK="$(mktemp -d /tmp/thidua-first-start.XXXXXX)"
TIMEOUT="${TIMEOUT:-180}"   # seconds for one start to become ready
ROLES="admin,manager,viewer,systembundles,ssh,editor"
[ -x "$DIST/bin/karaf" ] || { echo "no distribution at $DIST (mvn -B install -DskipTests)" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Sets free loopback ports in a copy's etc/: HTTP, SSH, RMI registry and server (JMXMP is off).
ports() {
  local etc="$1/etc"
  HTTP=$(free_port); SSH=$(free_port)
  sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $HTTP/" "$etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort = .*/sshPort = $SSH/" "$etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort = .*/rmiServerPort = $(free_port)/" \
    "$etc/org.apache.karaf.management.cfg"
}

# Waits for the readiness line of the facade, or for Karaf to die, or the timeout.
await_ready() {
  local karaf="$1" pid="$2" waited=0
  while [ "$waited" -lt $((TIMEOUT * 10)) ]; do
    grep -q "The account 'admin' is ready" "$karaf/data/log/karaf.log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "Karaf exited"; return 1; }
    sleep 0.1; waited=$((waited + 1))
  done
  echo "not ready within $TIMEOUT s"; return 1
}

stop() {
  local karaf="$1" pid="$2"
  "$karaf/bin/stop" >/dev/null 2>&1
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
}

passed=0; failed=0; times=()
for n in $(seq "$STARTS"); do
  karaf="$WORK/karaf-$n"
  cp -r "$DIST" "$karaf"
  ports "$karaf"
  if [ $((n % 2)) -eq 1 ]; then
    mode="THIDUA_ADMIN_PASSWORD set"; password="first-Start-$n-$RANDOM$RANDOM"
    export THIDUA_ADMIN_PASSWORD="$password"
  else
    mode="generated password"; password=""
    unset THIDUA_ADMIN_PASSWORD
  fi
  started=$(date +%s%N)
  (cd "$karaf" && EXTRA_JAVA_OPTS=-Xmx512m exec bin/karaf server > "$karaf/console.out" 2>&1) &
  pid=$!
  problem=""
  if problem=$(await_ready "$karaf" "$pid"); then
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ -z "$password" ]; then
      password=$(sed -n "s/.*created the account 'admin' with the password  *\([^ ]*\).*/\1/p" "$karaf/console.out" | head -1)
      [ -n "$password" ] || problem="no generated password on the console"
    fi
    if [ -z "$problem" ]; then
      rest=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u "admin:$password" "http://127.0.0.1:$HTTP/api/v1/rule-packs")
      whoami=$(printf 'jaas:whoami\n' | "$karaf/bin/client" -h 127.0.0.1 -a "$SSH" -u admin -p "$password" -b 2>&1)
      admins=$(grep -c '^admin ' "$karaf/etc/users.properties")
      if [ "$rest" != 200 ]; then problem="REST answered $rest";
      elif ! grep -qx admin <<<"$whoami"; then problem="bin/client: $(tr '\n' ' ' <<<"$whoami" | cut -c1-200)";
      elif [ "$admins" != 1 ]; then problem="$admins admin lines in users.properties";
      elif ! grep -q "^admin = {CRYPT}[0-9a-f]*{CRYPT},$ROLES\$" "$karaf/etc/users.properties"; then problem="the admin line lacks roles";
      elif grep -qF "$password" "$karaf/data/log/karaf.log"; then problem="the password is in karaf.log";
      fi
    fi
  else
    ready_ms=""
  fi
  stop "$karaf" "$pid"
  if [ -z "$problem" ]; then
    passed=$((passed + 1)); times+=("$ready_ms")
    printf 'start %2d (%s): ready in %5d ms, REST 200, bin/client ok\n' "$n" "$mode" "$ready_ms"
    rm -rf "$karaf"
  else
    failed=$((failed + 1))
    printf 'start %2d (%s): FAILED: %s (kept: %s)\n' "$n" "$mode" "$problem" "$karaf"
  fi
done
unset THIDUA_ADMIN_PASSWORD
echo "$passed passed, $failed failed"
if [ "${#times[@]}" -gt 0 ]; then
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "time from start to ready (ms): min $(head -1 <<<"$sorted"), median $(sed -n "$(( (${#times[@]} + 1) / 2 ))p" <<<"$sorted"), max $(tail -1 <<<"$sorted")"
fi
[ "$failed" -eq 0 ] && rmdir "$WORK" 2>/dev/null
[ "$failed" -eq 0 ]
