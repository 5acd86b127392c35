#!/usr/bin/env bash
# Benchmark of `chaosday plan`: the whole process for 1 and 100 teams (JVM start included), next to
# a bare JVM start measured in the same run, then the engine's in-process throughput.
# Prints figures; asserts nothing. Usage: bench/plan.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

./chaosday --version >/dev/null   # builds the tool if needed, outside the timings
mvn -B -q test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

ms_per_run() {   # average wall time of a command over $runs runs, in milliseconds
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000000 ))
}

echo "whole process, average of $runs runs on $(nproc) cores:"
printf '  baseline: java -version          %5s ms\n' "$(ms_per_run java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -version)"
printf '  chaosday plan, 1 team            %5s ms\n' "$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 1 --allow-past)"
printf '  chaosday plan, 100 teams         %5s ms\n' "$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 100 --allow-past)"
printf '  chaosday plan, 100 teams, html   %5s ms\n' "$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 100 --format html --allow-past)"
echo "in process:"
java -cp "$cp" io.chaosday.bench.PlanThroughput
