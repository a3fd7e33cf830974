#!/usr/bin/python3
"""The job's work done by single-machine peers on the same generated texts, for bench/scale.sh.

  scale_peers.py sklearn CORPUS_DIR K    scikit-learn: CountVectorizer + TfidfTransformer (TF-IDF) and online LDA
  scale_peers.py gensim  CORPUS_DIR K    gensim: Dictionary + TfidfModel (TF-IDF) and LdaMulticore

Both read the generated JSON Lines (the 'text' field), tokenize with a regex of [\\p{L}\\p{M}\\p{Nd}]+
semantics (Python's re has no \\p classes: word characters plus the whole Devanagari block but its two
dandas, so vowel signs and virama stay inside words), lower-case, drop terms in fewer than 2 or more
than 90% of the articles (the job's min_df / max_df), and fit K topics. They do less than the job:
no cleaning, deduplication, stemming, gazetteer matching, month resolution or table writes.
sklearn streams the texts into its CountVectorizer at every size. gensim keeps token lists in memory
(its tutorial's way) unless GENSIM_STREAM=1 (bench/scale.sh sets it above 200,000 articles): then it
streams from a serialized MmCorpus, as gensim's documentation advises for corpora larger than memory.
Prints one line: articles, seconds.
"""
import glob
import json
import os
import re
import sys
import tempfile
import time

TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")


def texts(corpus_dir):
    for path in sorted(glob.glob(corpus_dir + "/*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line).get("text") or ""


def tokens(text):
    return [t for t in TOKEN.findall(text.lower()) if not t.isdigit()]


def run_sklearn(corpus_dir, k):
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    t0 = time.perf_counter()
    # the texts are streamed (one pass): a list of a million texts alone is gigabytes of str objects
    counts = CountVectorizer(tokenizer=tokens, token_pattern=None, lowercase=False, min_df=2, max_df=0.9,
                             max_features=20000).fit_transform(texts(corpus_dir))
    TfidfTransformer().fit_transform(counts)
    LatentDirichletAllocation(n_components=k, learning_method="online", random_state=42, n_jobs=-1).fit(counts)
    print(counts.shape[0], f"{time.perf_counter() - t0:.1f}")


def run_gensim(corpus_dir, k):
    from gensim.corpora import Dictionary
    from gensim.models import LdaMulticore, TfidfModel
    from gensim.corpora import MmCorpus
    t0 = time.perf_counter()
    if int(os.environ.get("GENSIM_STREAM", "0")):
        # gensim's way with a corpus larger than memory (token lists of a million articles are tens of
        # GB of Python objects): a pass for the dictionary, the bag-of-words corpus serialized once to a
        # Matrix Market file, every model streaming from it.
        dictionary = Dictionary(tokens(t) for t in texts(corpus_dir))
        dictionary.filter_extremes(no_below=2, no_above=0.9, keep_n=20000)
        mm = os.path.join(tempfile.mkdtemp(prefix="gensim-"), "corpus.mm")
        MmCorpus.serialize(mm, (dictionary.doc2bow(tokens(t)) for t in texts(corpus_dir)))
        bows = MmCorpus(mm)
        tfidf = TfidfModel(bows)
        for b in bows:
            tfidf[b]
    else:
        docs = [tokens(t) for t in texts(corpus_dir)]
        dictionary = Dictionary(docs)
        dictionary.filter_extremes(no_below=2, no_above=0.9, keep_n=20000)
        bows = [dictionary.doc2bow(d) for d in docs]
        del docs
        tfidf = TfidfModel(bows)
        _ = [tfidf[b] for b in bows]
    LdaMulticore(bows, id2word=dictionary, num_topics=k, random_state=42)
    print(len(bows), f"{time.perf_counter() - t0:.1f}")


if __name__ == "__main__":
    {"sklearn": run_sklearn, "gensim": run_gensim}[sys.argv[1]](sys.argv[2], int(sys.argv[3]))
