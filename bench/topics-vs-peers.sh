#!/usr/bin/env bash
# Topic quality and speed of the job's LDA (MLlib, online, the job's settings) beside MALLET 2.1.1
# (Gibbs sampling), gensim LdaMulticore and scikit-learn's online LDA, all on the SAME terms: the
# job's own cleaning and analysis (bench ExportTerms), pruned once (min_df 2, max_df 90%, as the job).
# Every model's top 10 terms per topic are scored by one scorer (topic_peers.py npmi: document
# co-occurrence NPMI over the corpus, as the job's Coherence stage).
#   bench/topics-vs-peers.sh NAME K INPUT...     INPUT: sample | a .jsonl file | a folder of .jsonl or .txt
#   bench/topics-vs-peers.sh sample 8 sample
#   bin/msme-pulse generate --articles 2000 --out /tmp/g2k && bench/topics-vs-peers.sh gen2k 8 /tmp/g2k
# Needs python3-gensim and python3-sklearn (Debian; apt-get install -y python3-gensim python3-sklearn)
# and fetches MALLET from Maven Central into bench/mallet/target/lib on first use.
# Output: bench/out/NAME/ (terms, each tool's topic keys) and a Markdown table on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
NAME="$1"; K="$2"; shift 2
OUT="bench/out/$NAME"; mkdir -p "$OUT"
PY=/usr/bin/python3
$PY -c "import gensim, sklearn" 2>/dev/null || { echo "needs python3-gensim and python3-sklearn (apt-get install -y python3-gensim python3-sklearn)" >&2; exit 2; }
if [ ! -f target/test-classpath.txt ] || [ ! -f target/test-classes/org/msmepulse/bench/ExportTerms.class ]; then
  mvn -q -B -DskipTests test-compile
fi
if [ ! -f bench/mallet/target/lib/mallet-2.1.1.jar ]; then
  (cd bench/mallet && mvn -q -B dependency:copy-dependencies -DoutputDirectory=target/lib)
fi
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
JAVA_OPTS=(@conf/jvm.args -Xmx4g -Dlog4j2.configurationFile="$HERE/conf/log4j2.properties" -Dmsme.conf.dir="$HERE/conf")
now() { date +%s.%N; }

java "${JAVA_OPTS[@]}" -cp "$CP" org.msmepulse.bench.ExportTerms "$OUT/terms.raw" "$@"
$PY bench/topic_peers.py prune "$OUT/terms.raw" "$OUT/terms.txt" 2>"$OUT/prune.log"; cat "$OUT/prune.log"
DOCS=$(wc -l < "$OUT/terms.txt")

t0=$(now)
mllib_fit=$(java "${JAVA_OPTS[@]}" -cp "$CP" org.msmepulse.bench.MllibLdaOnTerms "$OUT/terms.txt" "$K" "$OUT/mllib.keys" 2>"$OUT/mllib.log" | tail -1)
mllib_wall=$(echo "$(now) - $t0" | bc)

$PY bench/topic_peers.py mallet-input "$OUT/terms.txt" "$OUT/mallet.txt"
MCP="bench/mallet/target/lib/*"
t0=$(now)
java -Xmx4g -cp "$MCP" cc.mallet.classify.tui.Csv2Vectors --input "$OUT/mallet.txt" --output "$OUT/corpus.mallet" \
  --keep-sequence --preserve-case --token-regex '[^ ]+' >"$OUT/mallet.log" 2>&1
t1=$(now)
java -Xmx4g -cp "$MCP" cc.mallet.topics.tui.TopicTrainer --input "$OUT/corpus.mallet" --num-topics "$K" \
  --num-iterations 1000 --num-threads "$(nproc)" --random-seed 42 --output-topic-keys "$OUT/mallet.raw" >>"$OUT/mallet.log" 2>&1
mallet_wall=$(echo "$(now) - $t0" | bc); mallet_fit=$(echo "$(now) - $t1" | bc)
$PY bench/topic_peers.py mallet-keys "$OUT/mallet.raw" "$OUT/mallet.keys"

t0=$(now); gensim_fit=$($PY bench/topic_peers.py gensim "$OUT/terms.txt" "$K" "$OUT/gensim.keys" 2>"$OUT/gensim.log"); gensim_wall=$(echo "$(now) - $t0" | bc)
t0=$(now); sklearn_fit=$($PY bench/topic_peers.py sklearn "$OUT/terms.txt" "$K" "$OUT/sklearn.keys" 2>"$OUT/sklearn.log"); sklearn_wall=$(echo "$(now) - $t0" | bc)

echo
echo "corpus $NAME: K=$K, $(cat "$OUT/prune.log"); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | settings | mean NPMI (top 10) | fit s | process wall s | ms per document (fit) |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
row() { printf "| %s | %s | %s | %.1f | %.1f | %.2f |\n" "$1" "$2" "$($PY bench/topic_peers.py npmi "$OUT/terms.txt" "$OUT/$3.keys")" "$4" "$5" "$(echo "$4 * 1000 / $DOCS" | bc -l)"; }
row "msme-pulse (Spark MLlib LDA)" "online, 40 iter, offset 1, local[*]" mllib "$mllib_fit" "$mllib_wall"
row "MALLET 2.1.1" "Gibbs, 1000 iter, $(nproc) threads" mallet "$mallet_fit" "$mallet_wall"
row "gensim $($PY -c 'import gensim; print(gensim.__version__)') LdaMulticore" "10 passes, 50 iter" gensim "$gensim_fit" "$gensim_wall"
row "scikit-learn $($PY -c 'import sklearn; print(sklearn.__version__)') LDA" "online, 10 iter" sklearn "$sklearn_fit" "$sklearn_wall"
echo
for t in mllib mallet gensim sklearn; do
  echo "$t topics:"; sed 's/^/  /' "$OUT/$t.keys"
done
