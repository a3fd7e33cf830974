package org.msmepulse.core.eval;

/** Micro-averaged counts and their precision, recall and F1. */
public final class Scores {
  long tp;
  long fp;
  long fn;

  public void add(long tp, long fp, long fn) {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  public long tp() {
    return tp;
  }

  public long fp() {
    return fp;
  }

  public long fn() {
    return fn;
  }

  /** Precision; 1 when nothing was predicted and nothing was expected. */
  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
