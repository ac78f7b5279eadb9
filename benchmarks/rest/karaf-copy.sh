#!/usr/bin/env bash
# Copies the built distribution (or DIST) to DIR with its own ports (HTTP PORT, SSH PORT+1, RMI PORT+2/+3,
# JMXMP PORT+4), so that a benchmark's Karaf does not meet another one on this machine.
# Usage: benchmarks/rest/karaf-copy.sh DIR PORT [DIST]   (DIST default: this checkout's karaf-assembly/target/assembly)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$1; port=$2; dist=${3:-$root/karaf-assembly/target/assembly}
rm -rf "$dir"; mkdir -p "$dir"
cp -r "$dist/." "$dir"
sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $port/" "$dir/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort = .*/sshPort = $((port + 1))/" "$dir/etc/org.apache.karaf.shell.cfg"
sed -i -e "s/^rmiRegistryPort = .*/rmiRegistryPort = $((port + 2))/" -e "s/^rmiServerPort = .*/rmiServerPort = $((port + 3))/" \
       -e "s/^jmxmpPort = .*/jmxmpPort = $((port + 4))/" "$dir/etc/org.apache.karaf.management.cfg"
