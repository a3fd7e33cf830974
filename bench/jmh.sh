#!/usr/bin/env bash
# JMH microbenchmarks of the text analysis and the gazetteer matcher, each beside a peer measured
# in the same run; prints ops/s and MB/s per core (single-threaded benchmarks: one core each).
#   bench/jmh.sh            # all benchmarks
#   bench/jmh.sh Matcher    # a regex of benchmark names
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
if [ ! -f target/test-classpath.txt ] || [ ! -d target/test-classes/org/msmepulse/bench ]; then
  mvn -q -B -DskipTests test-compile
fi
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
MB=$(java -cp "$CP" -Dmsme.conf.dir="$HERE/conf" org.msmepulse.bench.CorpusSize)
OUT=target/jmh-result.json
java @conf/jvm.args -cp "$CP" -Dmsme.conf.dir="$HERE/conf" org.openjdk.jmh.Main "${1:-org.msmepulse.bench}" \
  -rf json -rff "$OUT" | tee target/jmh-output.txt | grep -E "^(Benchmark|[A-Z][A-Za-z]*Benchmark\.)"
/usr/bin/python3 - "$OUT" "$MB" <<'PY'
import json, sys
results = json.load(open(sys.argv[1])); mb = float(sys.argv[2])
score = {r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]: r["primaryMetric"] for r in results}
print(f"\ncorpus: {mb:.3f} MB of UTF-8 text per op (the built-in sample, all articles)")
for name, m in score.items():
    print(f"{name:45s} {m['score']*mb:8.1f} MB/s per core  (±{m['scoreError']*mb:.1f})")
pairs = [("TextBenchmark.normalizeAndTokenize", "TextBenchmark.peerLuceneHindiAnalyzer"),
         ("TextBenchmark.termAnalysis", "TextBenchmark.peerLuceneHindiAnalyzer"),
         ("MatcherBenchmark.extractSchemesAndRegions", "MatcherBenchmark.peerIndexOfEveryName")]
for a, b in pairs:
    if a in score and b in score:
        print(f"ratio {a} / {b}: {score[a]['score']/score[b]['score']:.2f}x")
PY
