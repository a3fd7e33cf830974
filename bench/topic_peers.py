#!/usr/bin/python3
"""Topic-model peers for bench/: the same pruned terms file for every tool, one NPMI scorer for all.

  topic_peers.py prune TERMS_IN TERMS_OUT [MIN_DF] [MAX_DF_SHARE]   drop rare / ubiquitous terms (as the job's CountVectorizer)
  topic_peers.py mallet-input TERMS OUT                             'id<TAB>x<TAB>terms' lines for MALLET's Csv2Vectors
  topic_peers.py gensim TERMS K KEYS_OUT                            gensim LdaMulticore; prints fit seconds
  topic_peers.py sklearn TERMS K KEYS_OUT                           scikit-learn online LDA; prints fit seconds
  topic_peers.py mallet-keys MALLET_KEYS KEYS_OUT                   MALLET's topic keys -> one topic per line
  topic_peers.py npmi TERMS KEYS                                    mean NPMI of each line's top 10 terms

A terms file has lines 'id<TAB>term term ...' (bench/ExportTerms: the job's own cleaning and analysis).
NPMI is computed as the job's Coherence stage does: document co-occurrence over the whole corpus,
NPMI(i,j) = log(P(i,j) / (P(i)P(j))) / -log P(i,j), -1 for a pair that never co-occurs, 1 when P(i,j) = 1;
a topic's score is the mean over its pairs, a model's the mean over its topics.
"""
import math
import sys
import time
from collections import Counter
from itertools import combinations


def read_terms(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            _, _, body = line.rstrip("\n").partition("\t")
            docs.append(body.split())
    return docs


def prune(src, dst, min_df=2, max_df=0.9):
    docs = read_terms(src)
    df = Counter(t for d in docs for t in set(d))
    n = len(docs)
    min_df = 1 if n < 20 else min_df  # as the job: min_df drops to 1 below 20 articles
    keep = {t for t, c in df.items() if c >= min_df and c <= max(max_df * n, min_df)}
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            doc_id, _, body = line.rstrip("\n").partition("\t")
            out.write(doc_id + "\t" + " ".join(t for t in body.split() if t in keep) + "\n")
    print(f"{n} documents, vocabulary {len(keep)} of {len(df)} terms", file=sys.stderr)


def write_keys(path, topics):
    with open(path, "w", encoding="utf-8") as out:
        for terms in topics:
            out.write(" ".join(terms) + "\n")


def run_gensim(terms, k, keys_out):
    from gensim.corpora import Dictionary
    from gensim.models import LdaMulticore
    t0 = time.perf_counter()
    docs = read_terms(terms)
    dictionary = Dictionary(docs)
    corpus = [dictionary.doc2bow(d) for d in docs]
    model = LdaMulticore(corpus, id2word=dictionary, num_topics=k, passes=10, iterations=50,
                         chunksize=2000, random_state=42)
    seconds = time.perf_counter() - t0
    write_keys(keys_out, [[w for w, _ in model.show_topic(t, topn=10)] for t in range(k)])
    print(f"{seconds:.3f}")


def run_sklearn(terms, k, keys_out):
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer
    t0 = time.perf_counter()
    docs = [" ".join(d) for d in read_terms(terms)]
    cv = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
    x = cv.fit_transform(docs)
    lda = LatentDirichletAllocation(n_components=k, learning_method="online", max_iter=10,
                                    batch_size=2000, random_state=42)
    lda.fit(x)
    seconds = time.perf_counter() - t0
    vocab = cv.get_feature_names_out()
    write_keys(keys_out, [[vocab[i] for i in comp.argsort()[::-1][:10]] for comp in lda.components_])
    print(f"{seconds:.3f}")


def mallet_input(terms, out_path):
    with open(terms, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            doc_id, _, body = line.rstrip("\n").partition("\t")
            out.write(f"{doc_id}\tx\t{body}\n")


def mallet_keys(src, dst):
    topics = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            topics.append(parts[2].split()[:10])
    write_keys(dst, topics)


def npmi(terms, keys):
    docs = [set(d) for d in read_terms(terms)]
    n = len(docs)
    topics = [line.split()[:10] for line in open(keys, encoding="utf-8") if line.strip()]
    wanted = {t for top in topics for t in top}
    single, joint = Counter(), Counter()
    for d in docs:
        present = sorted(wanted & d)
        single.update(present)
        joint.update(combinations(present, 2))

    def pair(a, b):
        a, b = min(a, b), max(a, b)
        cij, ci, cj = joint[(a, b)], single[a], single[b]
        if cij == 0 or ci == 0 or cj == 0:
            return -1.0
        pij, pi, pj = cij / n, ci / n, cj / n
        return 1.0 if pij >= 1.0 else math.log(pij / (pi * pj)) / -math.log(pij)

    scores = []
    for top in topics:
        pairs = [pair(a, b) for a, b in combinations(top, 2)]
        scores.append(sum(pairs) / len(pairs) if pairs else 0.0)
    print(f"{sum(scores) / len(scores):.4f}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "prune":
        prune(args[0], args[1], *(int(args[2]),) if len(args) > 2 else (), *(float(args[3]),) if len(args) > 3 else ())
    elif cmd == "gensim":
        run_gensim(args[0], int(args[1]), args[2])
    elif cmd == "sklearn":
        run_sklearn(args[0], int(args[1]), args[2])
    elif cmd == "mallet-input":
        mallet_input(args[0], args[1])
    elif cmd == "mallet-keys":
        mallet_keys(args[0], args[1])
    elif cmd == "npmi":
        npmi(args[0], args[1])
    else:
        sys.exit(f"unknown command {cmd}")
