#!/bin/sh
# Old against new in one run: builds this module and the engine/exporter jars at REF (default main)
# in a scratch worktree, then runs ThroughputBenchmark on the baseline's jars and on this tree's, one
# after the other, and prints both tables. Usage, from the repository root:
#   benchmarks/throughput/compare.sh [REF] [extra JMH options, e.g. -p seed=000_d3ad60d258665efa]
# MVN_OPTS may add -Dmaven.repo.local=...; BASELINE=dir reuses a baseline built before (its jars,
# classes/ and libs.txt, as this script leaves them in target/baseline).
set -eu
REF=${1:-main}
[ $# -gt 0 ] && shift
ROOT=$(pwd)
MOD=benchmarks/throughput
MVN="nice -n 10 mvn -B -q -o ${MVN_OPTS:-}"
build() { # $1: source tree; $2: where to keep jars, classes and the library classpath
    (cd "$1" && $MVN package dependency:build-classpath -pl $MOD -am -DskipTests -Dmdep.outputFile=target/classpath.txt)
    mkdir -p "$2"
    tr ':' '\n' < "$1/$MOD/target/classpath.txt" | grep '/target/.*\.jar$' | xargs -I{} cp {} "$2/"
    tr ':' '\n' < "$1/$MOD/target/classpath.txt" | grep -v '/target/.*\.jar$' | paste -sd: > "$2/libs.txt"
    rm -rf "$2/classes" && cp -r "$1/$MOD/target/classes" "$2/classes"
}
cp_of() { echo "$(ls "$1"/*.jar | paste -sd:):$(cat "$1/libs.txt"):$1/classes"; }

BASE=${BASELINE:-}
if [ -z "$BASE" ]; then
    BASE=$ROOT/$MOD/target/baseline
    SCRATCH=$(mktemp -d)
    git worktree add --detach "$SCRATCH/src" "$REF" >/dev/null
    # The benchmark itself may be newer than REF: the same source on both sides.
    rm -rf "$SCRATCH/src/$MOD" && cp -r "$ROOT/$MOD" "$SCRATCH/src/$MOD" && rm -rf "$SCRATCH/src/$MOD/target"
    grep -q "<module>$MOD</module>" "$SCRATCH/src/pom.xml" || \
        sed -i "s#<module>benchmarks/store</module>#&\n    <module>$MOD</module>#" "$SCRATCH/src/pom.xml"
    build "$SCRATCH/src" "$BASE"
    git worktree remove --force "$SCRATCH/src"
fi
build "$ROOT" "$ROOT/$MOD/target/current"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for side in baseline current; do
    dir=$BASE; [ $side = current ] && dir=$ROOT/$MOD/target/current
    echo "== $side"
    java -cp "$(cp_of "$dir")" org.openjdk.jmh.Main ThroughputBenchmark "$@" -rff "$ROOT/$MOD/target/$side.csv" 2>&1 \
        | sed -n '/^Benchmark/,$p'
    echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
