#!/usr/bin/env bash
# Scores the analysis agent on the evaluation set (bench/src/main/resources/eval) through the API of a local stack.
#   bench/eval.sh                                 scripted baseline + weak scripted baseline (no model needed)
#   KAI_LLM_PROVIDER=openai KAI_LLM_MODEL=gpt-4.1-mini KAI_LLM_API_KEY=… bench/eval.sh --model env
#   bench/eval.sh --write-expected                recompute eval/expected/*.csv from the reference SQL
# Builds with a reactor package (nothing is installed into ~/.m2). Markdown also goes to bench/target/agent-eval.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" PATH="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin:$PATH"
mvn -B -q package -DskipTests -pl bench -am >&2
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "${1:-}" = "--write-expected" ]; then
  exec java --enable-native-access=ALL-UNNAMED -cp "$CP" ai.kai.bench.EvalExpected bench/src/main/resources
fi
exec java --enable-native-access=ALL-UNNAMED -Xmx2g -cp "$CP" ai.kai.bench.AgentEval "$@"
