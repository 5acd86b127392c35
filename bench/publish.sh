#!/usr/bin/env bash
# Benchmark of publish: the reviews of a 100-team Chaos Day against a local Confluence stub that answers
# every request after 50 ms, first publish / nothing changed / one review changed, next to the per-section
# approach it replaced, measured in the same run; then the Jira side of publish (20 and 100 teams, against a
# local Jira that answers after 50 ms) next to the page property per ticket it replaced, and a 20-team Chaos
# Day whose 40 experiments have run logs next to reading each experiment's comments on their own. Prints
# figures; asserts nothing. Takes a few minutes.
# Usage: bench/publish.sh [TEAMS]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.chaosday.bench.PublishBenchmark "$@"
java -cp "$cp" io.chaosday.bench.PublishJiraBenchmark
