#!/usr/bin/env bash
# Where the time of one `chaosday plan --teams 1` goes: the JVM's class-loading log marks when each
# phase begins (the first class it loads), and each phase lasts until the next begins. Medians of
# the runs; the log itself slows the JVM by a few per cent. Prints figures; asserts nothing.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"

./chaosday --version >/dev/null   # builds the tool if needed, outside the timings
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
[ -n "${KEEP_LOGS:-}" ] && trap - EXIT && echo "logs in $logs"

# The launcher's flags and archive (see ./chaosday), plus the class-loading log.
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto '-Dpicocli.converters.excludes=java\.sql\..*,java\.time\..*'
       -XX:SharedArchiveFile=target/chaosday-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
# The baseline, in the same rounds: a bare JVM printing hello, its log on too.
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$logs/Hello.java"
javac -d "$logs" "$logs/Hello.java"
for i in $(seq "$runs"); do
  java "${flags[@]}" -Xlog:class+load=info:file="$logs/$i.log":uptimenanos \
    -jar target/chaosday-cli.jar plan --chaos-day 2027-05-12 --teams 1 --allow-past >/dev/null
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:class+load=info:file="$logs/$i.hello":uptimenanos \
    -cp "$logs" Hello >/dev/null
done

# Each phase ends when the class that follows it loads; the first starts with the JVM.
phases=(
  "io.chaosday.cli.Main|JVM start, up to the tool's main"
  "io.chaosday.cli.Terminal|the clock (its time zone read only when asked)"
  "io.chaosday.cli.ChaosDayCli|terminal and output streams"
  "io.chaosday.cli.PlanModel|the command tree's own class and plan's command"
  "picocli.CommandLine\$Interpreter|picocli's start, and the top command's and plan's model built by its own calls"
  "io.chaosday.cli.PlanRun|picocli's parser made (its converters registered) and plan's options read"
  "sun.util.calendar.ZoneInfoFile|plan's options made into a change, up to today's date"
  "io.chaosday.plan.SchedulePolicy|today's date: the zone's offset now, its database read once"
  "java.lang.Shutdown|plan's work: the plan worked out and printed"
)
# ms since JVM start at which each phase's closing class loaded, one line per run.
for log in $(seq "$runs"); do
  log="$logs/$log.log"
  for phase in "${phases[@]}"; do
    class="${phase%%|*}"
    awk -v c="$class" '$2 == c { gsub(/[^0-9]/, "", $1); printf "%.1f ", $1 / 1e6; found = 1; exit } END { if (!found) printf "- " }' "$log"
  done
  echo
done >"$logs/ends.txt"

median() { grep -v '^-$' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "chaosday plan --teams 1: where the time goes, median of $runs runs on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(each phase ends when the class named in this script loads; class-loading log on)"
count=${#phases[@]}
for ((i = 1; i <= count; i++)); do
  ends=$(awk -v n="$i" '{ print $n }' "$logs/ends.txt" | tr '\n' ' ')
  previous=$( ((i > 1)) && awk -v n=$((i - 1)) '{ print $n }' "$logs/ends.txt" | tr '\n' ' ' || echo "")
  # The median of each run's own phase length, not the difference of two medians.
  length=$(paste -d' ' <(tr ' ' '\n' <<<"$ends" | grep .) <(if [ -n "$previous" ]; then tr ' ' '\n' <<<"$previous" | grep .; else yes 0 | head -"$runs"; fi) \
    | awk '$1 != "-" && $2 != "-" { printf "%.1f\n", $1 - $2 }' | median)
  printf '  %6s ms  %s\n' "$length" "${phases[$((i - 1))]#*|}"
done
printf '  %6s ms  in all, to the JVM'"'"'s shutdown\n' "$(awk -v n="$count" '{ print $n }' "$logs/ends.txt" | median)"
hello=$(for i in $(seq "$runs"); do
  awk '$2 == "java.lang.Shutdown" { gsub(/[^0-9]/, "", $1); printf "%.1f\n", $1 / 1e6; exit }' "$logs/$i.hello"
done | median)
printf '  %6s ms  baseline: a bare JVM printing hello, to its shutdown, same flags and log\n' "$hello"
