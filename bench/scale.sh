#!/usr/bin/env bash
# Benchmark at scale: a 100-team Chaos Day created, 600 experiments added and 100 review pages published
# against local Jira and Confluence stubs that answer every request after 50 ms: requests, wall time and
# peak heap per step, next to a naive sequential client measured in the same run. The JVM gets a 256 MB
# heap, the target: a run that finishes did not need more. Prints figures and the machine's load; asserts
# nothing. Takes several minutes. Usage: bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$cp" io.chaosday.bench.ScaleBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
