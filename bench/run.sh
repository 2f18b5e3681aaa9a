#!/usr/bin/env bash
# Builds what the benchmarks need and runs them all, printing a Markdown section for BENCHMARKS.md.
#   bench/run.sh                          the full run (≈ 6–8 min on 2 cores)
#   bench/run.sh --only query --iterations 10   any RunAllBenchmarks option (see its javadoc)
# The Markdown is also written to bench/target/benchmarks-section.md; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ {gsub(/ /,"",$2); print $2}'; }
pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}
JAVA_HOME="$(pick_jdk)" || { echo "bench: no JDK >= 21 found under /usr/lib/jvm" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

echo "bench: building shared, functions (shaded artifacts), local-dev and bench with JDK $(java_major "$JAVA_HOME")" >&2
mvn -B -q install -DskipTests -pl shared,functions,local-dev
mvn -B -q package -DskipTests -pl bench

CP="$(ls bench/target/kai-bench-*.jar | grep -v -- '-coldstart.jar' | head -n1):$(cat bench/target/classpath.txt)"
exec java --enable-native-access=ALL-UNNAMED -Xmx4g -cp "$CP" ai.kai.bench.RunAllBenchmarks \
  --repo . --command "bench/run.sh${*:+ $*}" "$@"
