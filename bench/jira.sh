#!/usr/bin/env bash
# Benchmark of create and reschedule over REST: a 25-team Chaos Day against a local Jira stub that
# answers every request after 50 ms, next to a naive one-request-per-issue client measured in the
# same run; then experiments add of 40 new experiments on a 20-team Chaos Day, next to the approach
# before (assign, read back and record each experiment after the create) in the same run.
# Prints figures; asserts nothing. Usage: bench/jira.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.chaosday.bench.JiraBenchmark
java -cp "$cp" io.chaosday.bench.ExperimentsAddBenchmark
