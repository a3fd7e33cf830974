package org.msmepulse.core.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * LDA by online variational Bayes (Hoffman, Blei and Bach, 2010), in memory: the updates of MLlib's
 * {@code OnlineLDAOptimizer} (the same E-step, the same lambda step with learning rate {@code (tau0
 * + t)^-kappa}, the same Newton step for an asymmetric alpha), for a corpus that fits in the
 * driver's heap. MLlib runs each of its iterations as a Spark job over the articles; here the whole
 * fit is one call, with the documents of a mini-batch split into {@link #CHUNKS} fixed chunks
 * inferred side by side and their statistics added in chunk order, so a fit depends on the seed and
 * the documents' order only (not on threads or timing): the same bit for bit on any machine.
 *
 * <p>Random numbers: the mini-batch of iteration {@code t} is a sample of the documents with
 * replacement at the subsampling rate (as MLlib's), and each document's starting gamma is drawn
 * from Gamma(100, 1/100) by a generator seeded from (seed, t, document), as lambda's start is from
 * the seed.
 */
public final class OnlineLda {
  /** Mini-batch chunks inferred side by side; fixed, so the sums never depend on the threads. */
  static final int CHUNKS = 4;

  /** MLlib's shape of the Gamma distribution that starts lambda and each document's gamma. */
  public static final double GAMMA_SHAPE = 100.0;

  /**
   * A bound on a document's E-step iterations. MLlib iterates until the mean change of gamma is
   * under 1e-3, without a bound; this one only stops a document that would never get there.
   */
  static final int MAX_INNER = 100_000;

  private OnlineLda() {}

  /**
   * @param k topics
   * @param maxIter mini-batches
   * @param subsamplingRate the fraction of the documents in each mini-batch (0, 1]
   * @param tau0 learning offset
   * @param kappa learning decay (MLlib: 0.51)
   * @param alpha the symmetric prior on each document's topics (MLlib's default: 1/k)
   * @param eta the prior on each topic's terms (MLlib's default: 1/k)
   * @param optimizeAlpha whether alpha is learned (one Newton step per mini-batch)
   */
  public record Params(
      int k,
      int maxIter,
      long seed,
      double subsamplingRate,
      double tau0,
      double kappa,
      double alpha,
      double eta,
      boolean optimizeAlpha) {}

  /**
   * A fitted model: {@code lambda[k][w]}, the variational parameters of topic k's term distribution
   * (MLlib's topics matrix, transposed), and the document prior {@code alpha}.
   */
  public record Model(double[][] lambda, double[] alpha, double eta) {}

  /**
   * A corpus of term-count vectors: document d holds {@code counts[d][i]} of term {@code
   * ids[d][i]}.
   */
  public record Corpus(int vocabularySize, int[][] ids, double[][] counts) {
    public int documents() {
      return ids.length;
    }
  }

  public static Model fit(Corpus corpus, Params p) {
    int k = p.k();
    int v = corpus.vocabularySize();
    SplittableRandom random = new SplittableRandom(p.seed());
    double[][] lambda = new double[k][v];
    for (double[] row : lambda) {
      for (int w = 0; w < v; w++) {
        row[w] = gamma(random, GAMMA_SHAPE) / GAMMA_SHAPE;
      }
    }
    double[] alpha = new double[k];
    java.util.Arrays.fill(alpha, p.alpha());
    int n = corpus.documents();
    int batchSize = (int) Math.ceil(p.subsamplingRate() * n);
    int threads = Math.max(1, Math.min(CHUNKS, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "msme-pulse-lda");
              t.setDaemon(true);
              return t;
            });
    try {
      for (int t = 1; t <= p.maxIter(); t++) {
        int[] batch = sample(random, n, p.subsamplingRate());
        if (batch.length == 0) {
          continue;
        }
        double[][] expElogbeta = expDirichletExpectation(lambda);
        List<Future<Chunk>> parts = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
          int from = (int) ((long) batch.length * c / CHUNKS);
          int to = (int) ((long) batch.length * (c + 1) / CHUNKS);
          long chunkSeed = p.seed() * 31 + t;
          double[] a = alpha.clone();
          parts.add(
              pool.submit(() -> infer(corpus, batch, from, to, expElogbeta, a, k, v, chunkSeed)));
        }
        double[][] stat = new double[k][v];
        double[] logphat = new double[k];
        int inferred = 0;
        for (Future<Chunk> f : parts) {
          Chunk ch = get(f);
          for (int j = 0; j < k; j++) {
            double[] s = stat[j];
            double[] cs = ch.stat()[j];
            for (int w = 0; w < v; w++) {
              s[w] += cs[w];
            }
            logphat[j] += ch.logphat()[j];
          }
          inferred += ch.documents();
        }
        double rho = Math.pow(p.tau0() + t, -p.kappa());
        double scale = (double) n / batchSize;
        for (int j = 0; j < k; j++) {
          for (int w = 0; w < v; w++) {
            lambda[j][w] =
                (1 - rho) * lambda[j][w] + rho * (stat[j][w] * expElogbeta[j][w] * scale + p.eta());
          }
        }
        if (p.optimizeAlpha() && inferred > 0) {
          updateAlpha(alpha, logphat, inferred, rho);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Model(lambda, alpha, p.eta());
  }

  /** The sufficient statistics of one chunk of a mini-batch. */
  private record Chunk(double[][] stat, double[] logphat, int documents) {}

  private static Chunk infer(
      Corpus corpus,
      int[] batch,
      int from,
      int to,
      double[][] expElogbeta,
      double[] alpha,
      int k,
      int v,
      long seed) {
    double[][] stat = new double[k][v];
    double[] logphat = new double[k];
    int documents = 0;
    double[] gamma = new double[k];
    double[] expElogtheta = new double[k];
    double[] last = new double[k];
    for (int b = from; b < to; b++) {
      int d = batch[b];
      int[] ids = corpus.ids()[d];
      double[] cts = corpus.counts()[d];
      if (ids.length == 0) {
        continue;
      }
      documents++;
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + d);
      for (int j = 0; j < k; j++) {
        gamma[j] = gamma(r, GAMMA_SHAPE) / GAMMA_SHAPE;
      }
      expDirichletExpectation(gamma, expElogtheta);
      double[] phiNorm = new double[ids.length];
      norms(ids, expElogbeta, expElogtheta, phiNorm, k);
      double change = 1;
      for (int it = 0; it < MAX_INNER && change > 1e-3; it++) {
        System.arraycopy(gamma, 0, last, 0, k);
        for (int j = 0; j < k; j++) {
          double[] eb = expElogbeta[j];
          double s = 0;
          for (int i = 0; i < ids.length; i++) {
            s += eb[ids[i]] * cts[i] / phiNorm[i];
          }
          gamma[j] = expElogtheta[j] * s + alpha[j];
        }
        expDirichletExpectation(gamma, expElogtheta);
        norms(ids, expElogbeta, expElogtheta, phiNorm, k);
        change = 0;
        for (int j = 0; j < k; j++) {
          change += Math.abs(gamma[j] - last[j]);
        }
        change /= k;
      }
      for (int j = 0; j < k; j++) {
        double[] s = stat[j];
        double e = expElogtheta[j];
        for (int i = 0; i < ids.length; i++) {
          s[ids[i]] += e * cts[i] / phiNorm[i];
        }
      }
      double sum = 0;
      for (double g : gamma) {
        sum += g;
      }
      double dsum = digamma(sum);
      for (int j = 0; j < k; j++) {
        logphat[j] += digamma(gamma[j]) - dsum;
      }
    }
    return new Chunk(stat, logphat, documents);
  }

  private static void norms(
      int[] ids, double[][] expElogbeta, double[] expElogtheta, double[] phiNorm, int k) {
    java.util.Arrays.fill(phiNorm, 1e-100);
    for (int j = 0; j < k; j++) {
      double[] eb = expElogbeta[j];
      double e = expElogtheta[j];
      for (int i = 0; i < ids.length; i++) {
        phiNorm[i] += eb[ids[i]] * e;
      }
    }
  }

  /** MLlib's Newton step for alpha from the mini-batch's summed E[log theta] ({@code logphat}). */
  static void updateAlpha(double[] alpha, double[] logphatSum, int n, double rho) {
    int k = alpha.length;
    double sumAlpha = 0;
    for (double a : alpha) {
      sumAlpha += a;
    }
    double dsum = digamma(sumAlpha);
    double[] gradf = new double[k];
    double[] q = new double[k];
    double sumGq = 0;
    double sumInvQ = 0;
    for (int j = 0; j < k; j++) {
      gradf[j] = n * (-(digamma(alpha[j]) - dsum) + logphatSum[j] / n);
      q[j] = -n * trigamma(alpha[j]);
      sumGq += gradf[j] / q[j];
      sumInvQ += 1 / q[j];
    }
    double c = n * trigamma(sumAlpha);
    double b = sumGq / (1 / c + sumInvQ);
    double[] next = new double[k];
    for (int j = 0; j < k; j++) {
      next[j] = alpha[j] + rho * (-(gradf[j] - b) / q[j]);
      if (!(next[j] > 0)) {
        return; // MLlib keeps alpha when a step would leave it non-positive
      }
    }
    System.arraycopy(next, 0, alpha, 0, k);
  }

  /**
   * The documents of a mini-batch, in corpus order, each as many times as drawn: sampled with
   * replacement as MLlib samples them (a Poisson count of mean {@code rate} per document, also at
   * rate 1).
   */
  private static int[] sample(SplittableRandom random, int n, double rate) {
    double limit = Math.exp(-rate);
    int[] out = new int[n];
    int m = 0;
    for (int d = 0; d < n; d++) {
      int copies = 0;
      for (double prod = random.nextDouble(); prod > limit; prod *= random.nextDouble()) {
        copies++;
      }
      for (int c = 0; c < copies; c++) {
        if (m == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[m++] = d;
      }
    }
    return java.util.Arrays.copyOf(out, m);
  }

  /** exp(E[log beta]) of each topic: exp(digamma(lambda) - digamma(row sum)). */
  static double[][] expDirichletExpectation(double[][] lambda) {
    double[][] out = new double[lambda.length][];
    for (int j = 0; j < lambda.length; j++) {
      out[j] = new double[lambda[j].length];
      expDirichletExpectation(lambda[j], out[j]);
    }
    return out;
  }

  private static void expDirichletExpectation(double[] x, double[] out) {
    double sum = 0;
    for (double a : x) {
      sum += a;
    }
    double ds = digamma(sum);
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.exp(digamma(x[i]) - ds);
    }
  }

  /** The digamma function (recurrence to x >= 10, then the asymptotic series). */
  static double digamma(double x) {
    double r = 0;
    while (x < 10) {
      r -= 1 / x;
      x += 1;
    }
    double f = 1 / (x * x);
    return r
        + Math.log(x)
        - 0.5 / x
        - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
  }

  /** The trigamma function (recurrence to x >= 10, then the asymptotic series). */
  static double trigamma(double x) {
    double r = 0;
    while (x < 10) {
      r += 1 / (x * x);
      x += 1;
    }
    double t = 1 / x;
    double f = t * t;
    return r + t + f / 2 + t * f * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f / 30)));
  }

  /** A Gamma(shape, 1) draw (Marsaglia and Tsang; shape >= 1). */
  static double gamma(SplittableRandom r, double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(r);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = r.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** A standard normal draw (Marsaglia's polar method, one of the pair). */
  private static double normal(SplittableRandom r) {
    double u;
    double v;
    double s;
    do {
      u = 2 * r.nextDouble() - 1;
      v = 2 * r.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  private static Chunk get(Future<Chunk> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("fitting topics failed: " + e.getCause(), e.getCause());
    }
  }
}
