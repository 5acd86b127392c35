#!/usr/bin/env bash
# Benchmark of `chaosday plan`: the whole process for 1 and 100 teams (JVM start included), next to
# a bare JVM start measured in the same run (interleaved, medians), then the engine's in-process throughput.
# Prints figures; asserts nothing. Usage: bench/plan.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"

./chaosday --version >/dev/null   # builds the tool if needed, outside the timings
mvn -B -q -Dstyle.color=never test-compile >/dev/null
# Written to a file: on a terminal Maven wraps what it prints in colour codes.
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

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
# The same program on the tool's own picocli (built for Java 17) with a class-data archive of its
# own run, as the tool has: the least any picocli command costs here.
mkdir -p "$hello/built"
(cd "$hello/built" && jar xf "$OLDPWD/target/chaosday-cli.jar" picocli)
cp "$hello/OneOption.class" "$hello/built/"
jar cf "$hello/one.jar" -C "$hello/built" .   # an archive takes classes from jars only
java -XX:ArchiveClassesAtExit="$hello/one.jsa" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$hello/one.jar" OneOption --teams 1 >/dev/null 2>&1

flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)   # the launcher's own
bare()     { java "${flags[@]}" -cp "$hello" Hello; }
picocli()  { java "${flags[@]}" -cp "$hello:$picocli_jar" OneOption --teams 1; }
archived() { java "${flags[@]}" -XX:SharedArchiveFile="$hello/one.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$hello/one.jar" OneOption --teams 1; }
version()  { ./chaosday --version; }
plan1()    { ./chaosday plan --chaos-day 2027-05-12 --teams 1 --allow-past; }
plan100()  { ./chaosday plan --chaos-day 2027-05-12 --teams 100 --allow-past; }
html100()  { ./chaosday plan --chaos-day 2027-05-12 --teams 100 --format html --allow-past; }
measured=(bare picocli archived version plan1 plan100 html100)

# Round by round, every command once per round, so the machine's ups and downs fall on all of them
# alike; the median of the rounds. EPOCHREALTIME is bash's own clock: no process started to read it.
declare -A samples
for _ in $(seq "$runs"); do
  for name in "${measured[@]}"; do
    start=$EPOCHREALTIME
    "$name" >/dev/null 2>&1
    end=$EPOCHREALTIME
    samples[$name]+="$(( (${end//[.,]/} - ${start//[.,]/}) / 1000 )) "
  done
done
median() { tr ' ' '\n' <<<"${samples[$1]}" | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

base=$(median bare)
echo "whole process, median of $runs rounds on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  baseline: bare JVM printing hello %5s ms\n' "$base"
printf '  picocli, one option, same flags  %5s ms  (%s x: the released jar, no archive)\n' "$(median picocli)" "$(times "$(median picocli)" "$base")"
printf '  picocli, one option, archived     %5s ms  (%s x: the same on the tool'"'"'s picocli, with an archive)\n' "$(median archived)" "$(times "$(median archived)" "$base")"
printf '  chaosday --version               %5s ms  (%s x)\n' "$(median version)" "$(times "$(median version)" "$base")"
printf '  chaosday plan, 1 team            %5s ms  (%s x the baseline; target: 3 x or less)\n' "$(median plan1)" "$(times "$(median plan1)" "$base")"
printf '  chaosday plan, 100 teams         %5s ms\n' "$(median plan100)"
printf '  chaosday plan, 100 teams, html   %5s ms\n' "$(median html100)"
echo "in process:"
java -cp "$cp" io.chaosday.bench.PlanThroughput
