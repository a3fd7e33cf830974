#!/usr/bin/env bash
# The whole job at N generated articles beside the peers an analyst would use instead, on the same
# texts, one run each: scikit-learn (TF-IDF + online LDA) and gensim (TF-IDF + LdaMulticore) with
# /usr/bin/python3 (Debian's python3-sklearn, python3-gensim), and MALLET 2.1.1 (import + Gibbs LDA).
# Reports articles/s, peak RSS (/usr/bin/time -v) and the job's speed ratio to each peer.
#   bench/scale.sh 20000            # also 200000, 1000000 (about 3 GB of JSON Lines)
#   PEERS="sklearn gensim" bench/scale.sh 20000
# Environment: K (topics, default 8), MSME_PULSE_DRIVER_MEMORY (default 4g), PEERS (default: sklearn gensim mallet),
#   JOB_CONF (a --conf file for the job, e.g. spark.eventLog.enabled=true to profile its stages),
#   JOB=0 (time the peers only; the ratio column is then against JOB_WALL seconds if given),
#   MALLET_ITERATIONS (Gibbs iterations, default 1000, MALLET's own default), MALLET_HEAP (default 4g;
#   MALLET holds every token and its topic as Java ints: at 1,000,000 articles, run with 14g, it
#   peaked at 3.0 GB resident).
# Output: bench/out/scale-N/ (corpus, warehouse, logs; stage_times.txt with JOB_CONF) and a Markdown
# table on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
N="${1:?usage: bench/scale.sh N}"
K="${K:-8}"
PEERS="${PEERS-sklearn gensim mallet}"   # PEERS="" times the job alone
OUT="bench/out/scale-$N"; mkdir -p "$OUT"
PY=/usr/bin/python3
bin/msme-pulse --help >/dev/null 2>&1 || true   # builds first when needed, outside the timings
JAR="$(ls target/msme-pulse-[0-9]*.jar | head -1)"
if [ "${JOB:-1}" != 0 ] && [ -z "$(find target/cds -name '*.jsa' -newer "$JAR" -newer target/classpath.txt 2>/dev/null)" ]; then
  # The first run after a build records the launcher's class-data archive (about 40 s at its end;
  # an archive older than the jar or the class path is not used): done here on the built-in sample,
  # so the timed run starts the way every later run does.
  WARM="$(mktemp -d)"; bin/msme-pulse run --warehouse "$WARM/warehouse" >/dev/null 2>&1; rm -rf "$WARM"
fi
if [ ! -f "$OUT/corpus/articles-00000.jsonl" ]; then
  bin/msme-pulse generate --articles "$N" --out "$OUT/corpus" --seed 1
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; before: $(uptime)"

# seconds and peak RSS (MB) of a command, from /usr/bin/time -v
measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$OUT/$name.out" 2>"$OUT/$name.log"
  local wall rss cpu
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$OUT/$name.log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/$name.log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/$name.log")
  echo "$name $wall $rss $cpu" >> "$OUT/results.txt"
}
: > "$OUT/results.txt"
[ -n "${JOB_CONF:-}" ] && mkdir -p /tmp/msme-events
LAUNCH_MS=$(date +%s%3N)
if [ "${JOB:-1}" != 0 ]; then
  rm -rf "$OUT/warehouse"
  measure job bin/msme-pulse run --input "$OUT/corpus" --warehouse "$OUT/warehouse" --topics "$K" ${JOB_CONF:+--conf "$JOB_CONF"}
  if [ -n "${JOB_CONF:-}" ]; then   # where the job's time went, and JVM launch to its first stage
    LAUNCH_MS=$LAUNCH_MS $PY bench/stage_times.py "$(ls -td /tmp/msme-events/eventlog_v2_* | head -1)" 25 > "$OUT/stage_times.txt"
  fi
fi
for p in $PEERS; do
  case "$p" in
    sklearn|gensim) GENSIM_STREAM=$([ "$N" -gt 200000 ] && echo 1 || echo 0) measure "$p" $PY bench/scale_peers.py "$p" "$OUT/corpus" "$K" ;;
    mallet)
      if [ ! -f bench/mallet/target/lib/mallet-2.1.1.jar ]; then
        (cd bench/mallet && mvn -q -B dependency:copy-dependencies -DoutputDirectory=target/lib)
      fi
      # MALLET reads 'id label text' lines: the same texts, one per line (written once per corpus).
      [ -s "$OUT/mallet-input.txt" ] || $PY -c "
import glob, json, sys
with open('$OUT/mallet-input.txt', 'w', encoding='utf-8') as out:
    for p in sorted(glob.glob('$OUT/corpus/*.jsonl')):
        for i, line in enumerate(open(p, encoding='utf-8')):
            o = json.loads(line); out.write(o['id'] + '\tx\t' + ' '.join((o.get('text') or '').split()) + '\n')"
      # Import and sampling are timed apart, so a run with fewer iterations can be scaled to 1000:
      # each Gibbs iteration visits every token once.
      MALLET_JAVA=(java "-Xmx${MALLET_HEAP:-4g}" -cp 'bench/mallet/target/lib/*')
      measure mallet-import "${MALLET_JAVA[@]}" cc.mallet.classify.tui.Csv2Vectors \
          --input "$OUT/mallet-input.txt" --output "$OUT/corpus.mallet" --keep-sequence \
          --token-regex '[\p{L}\p{M}\p{Nd}]+'
      measure "mallet-lda-${MALLET_ITERATIONS:-1000}-iterations" "${MALLET_JAVA[@]}" cc.mallet.topics.tui.TopicTrainer \
          --input "$OUT/corpus.mallet" --num-topics "$K" --num-iterations "${MALLET_ITERATIONS:-1000}" \
          --num-threads "$(nproc)" --random-seed 42
      # The two together, as one peer: wall and CPU add up, peak RSS is the larger.
      awk '$1=="mallet-import" {w=$2; r=$3; c=$4} $1 ~ /^mallet-lda-/ {n=$1; w+=$2; if ($3>r) r=$3; c+=$4}
           END {sub(/^mallet-lda-/, "mallet-import+lda-", n); print n, w, r, c}' "$OUT/results.txt" >> "$OUT/results.txt" ;;
  esac
done
echo "after: $(uptime)"
echo
# CPU seconds (user + system) are reported beside wall time: on a shared machine they are the steadier figure.
echo "| N = $N | wall s | articles/s | peak RSS MB | CPU s | job speed / tool speed (wall) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
MEASURED=$(awk '$1=="job" {print $2}' "$OUT/results.txt"); JOB_WALL="${MEASURED:-${JOB_WALL:-}}"
while read -r name wall rss cpu; do
  ratio="n/a"; [ -n "$JOB_WALL" ] && ratio=$(printf "%.2f" "$(echo "$wall / $JOB_WALL" | bc -l)")
  printf "| %s | %.1f | %.1f | %s | %s | %s |\n" "$name" "$wall" "$(echo "$N / $wall" | bc -l)" "$rss" "$cpu" "$ratio"
done < "$OUT/results.txt"
