#!/usr/bin/env bash
# What a daily batch costs against the full run, on one warehouse of N generated articles:
#   1. the full run on N articles (seed 11), a fresh warehouse;
#   2. each batch size B of BATCHES: B new articles (ids after the warehouse's) into a copy of that
#      warehouse; then the same batch again (nothing new); and, for the first size, B corrections
#      (the ids of stored articles, other texts), then B new articles all of one month (2025-12), as
#      a daily batch of news is (the other batches spread over every month of 2023-2025, so they
#      touch every month of the monthly tables); then the first batch once more (nothing new, but not
#      the newest run's batch: read and compared, where "again" right after it is only fingerprinted).
# Every run is timed as a user runs it (bin/msme-pulse, JVM start included, /usr/bin/time -v).
#   bench/incremental.sh 20000                  # BATCHES="300" by default
#   BATCHES="100 1000 10000" bench/incremental.sh 200000
# Environment: MSME_PULSE_DRIVER_MEMORY (default 4g), JOB_CONF (a --conf file for every run, e.g.
# bench/eventlog.conf to profile with bench/stage_times.py), REFIT (topics.refit for the batch runs,
# default auto).
# Output: bench/out/incremental-N/ (corpora, warehouses, logs) and a Markdown table on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
N="${1:?usage: bench/incremental.sh N}"
BATCHES="${BATCHES:-300}"
OUT="bench/out/incremental-$N"; mkdir -p "$OUT"
bin/msme-pulse --help >/dev/null 2>&1 || true   # builds first when needed, outside the timings
JAR="$(ls target/msme-pulse-[0-9]*.jar | head -1)"
if [ -z "$(find target/cds -name '*.jsa' -newer "$JAR" -newer target/classpath.txt 2>/dev/null)" ]; then
  # the first run after a build records the launcher's class-data archive: not in a timing
  WARM="$(mktemp -d)"; bin/msme-pulse run --warehouse "$WARM/warehouse" >/dev/null 2>&1; rm -rf "$WARM"
fi
CONF="$OUT/batch.properties"
{ [ -n "${JOB_CONF:-}" ] && cat "$JOB_CONF"; echo "topics.refit=${REFIT:-auto}"; } > "$CONF"
[ -n "${JOB_CONF:-}" ] && mkdir -p /tmp/msme-events
gen() {   # gen DIR ARTICLES SEED FIRST_ID [MONTH]
  [ -f "$1/articles-00000.jsonl" ] || bin/msme-pulse generate --articles "$2" --seed "$3" --first-id "$4" \
    ${5:+--month "$5"} --out "$1" >/dev/null 2>&1
}
measure() {   # measure NAME WAREHOUSE INPUT
  /usr/bin/time -v bin/msme-pulse run --conf "$CONF" --warehouse "$2" --input "$3" >"$OUT/$1.out" 2>"$OUT/$1.log"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/$1.log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/$1.log")
  echo "$1 $wall $rss" >> "$OUT/results.txt"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; before: $(uptime)"
: > "$OUT/results.txt"
gen "$OUT/corpus" "$N" 11 0
rm -rf "$OUT/warehouse"
measure full "$OUT/warehouse" "$OUT/corpus"
first=1
for B in $BATCHES; do
  gen "$OUT/new-$B" "$B" 12 "$N"
  rm -rf "$OUT/wh-$B"; cp -r "$OUT/warehouse" "$OUT/wh-$B"
  measure "new-$B" "$OUT/wh-$B" "$OUT/new-$B"
  measure "again-$B" "$OUT/wh-$B" "$OUT/new-$B"
  if [ "$first" = 1 ]; then
    gen "$OUT/fix-$B" "$B" 13 0
    measure "fix-$B" "$OUT/wh-$B" "$OUT/fix-$B"
    gen "$OUT/day-$B" "$B" 14 "$((N + B))" 2025-12
    measure "day-$B" "$OUT/wh-$B" "$OUT/day-$B"
    # the first batch once more: nothing new, but not the newest run's batch, so it is read
    measure "old-$B" "$OUT/wh-$B" "$OUT/new-$B"
    first=0
  fi
done
echo "after: $(uptime)"
full=$(awk '$1 == "full" {print $2}' "$OUT/results.txt")
echo
echo "| run on a warehouse of $N articles | wall s | share of the full run | peak RSS MB |"
echo "| --- | ---: | ---: | ---: |"
while read -r name wall rss; do
  case "$name" in
    full) what="full run, $N articles" ;;
    new-*) what="batch of ${name#new-} new articles" ;;
    again-*) what="the same ${name#again-} again (nothing new)" ;;
    fix-*) what="batch of ${name#fix-} corrections of stored articles" ;;
    day-*) what="batch of ${name#day-} new articles of one month" ;;
    old-*) what="the first ${name#old-} once more, after other batches (read, nothing new)" ;;
  esac
  printf '| %s | %.1f | %.0f%% | %s |\n' "$what" "$wall" "$(echo "100 * $wall / $full" | bc -l)" "$rss"
done < "$OUT/results.txt"
