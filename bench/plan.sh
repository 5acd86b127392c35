#!/usr/bin/env bash
# Benchmark of `chaosday plan`: the whole process for 1 and 100 teams (JVM start included), next to
# a bare JVM start measured in the same run, then the engine's in-process throughput.
# Prints figures; asserts nothing. Usage: bench/plan.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

./chaosday --version >/dev/null   # builds the tool if needed, outside the timings
mvn -B -q test-compile >/dev/null
# Written to a file: on a terminal Maven wraps what it prints in colour codes.
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

ms_per_run() {   # average wall time of a command over $runs runs, in milliseconds
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000000 ))
}

hello="$(mktemp -d)"
trap 'rm -rf "$hello"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
# A second floor: the same picocli the tool uses, parsing one option of a one-command program.
picocli_jar=$(tr ':' '\n' <<<"$cp" | grep '/picocli-[0-9]' | head -1)
cat > "$hello/OneOption.java" <<'JAVA'
@picocli.CommandLine.Command(name = "one")
public class OneOption implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Option(names = "--teams") int teams;
    public Integer call() { System.out.println(teams); return 0; }
    public static void main(String[] a) { System.exit(new picocli.CommandLine(new OneOption()).execute(a)); }
}
JAVA
javac -cp "$picocli_jar" -d "$hello" "$hello/OneOption.java"

echo "whole process, average of $runs runs on $(nproc) cores:"
bare=$(ms_per_run java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$hello" Hello)
one=$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 1 --allow-past)
printf '  baseline: bare JVM printing hello %5s ms\n' "$bare"
floor=$(ms_per_run java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$hello:$picocli_jar" OneOption --teams 1)
printf '  picocli, one option, same flags  %5s ms  (%s x the baseline: the floor of any picocli command)\n' "$floor" \
  "$(awk -v a="$floor" -v b="$bare" 'BEGIN { printf "%.1f", a / b }')"
printf '  chaosday --version               %5s ms\n' "$(ms_per_run ./chaosday --version)"
printf '  chaosday plan, 1 team            %5s ms  (%s x the baseline; target: 3 x or less)\n' "$one" \
  "$(awk -v a="$one" -v b="$bare" 'BEGIN { printf "%.1f", a / b }')"
printf '  chaosday plan, 100 teams         %5s ms\n' "$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 100 --allow-past)"
printf '  chaosday plan, 100 teams, html   %5s ms\n' "$(ms_per_run ./chaosday plan --chaos-day 2027-05-12 --teams 100 --format html --allow-past)"
echo "in process:"
java -cp "$cp" io.chaosday.bench.PlanThroughput
