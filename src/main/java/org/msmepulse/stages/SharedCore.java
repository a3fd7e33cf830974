package org.msmepulse.stages;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.SchemeGazetteer;
import org.msmepulse.core.io.ConfFiles;
import org.msmepulse.core.text.ArticleCleaner;
import org.msmepulse.core.text.TermAnalyzer;

/**
 * The Spark-free core objects the stages call, built once per JVM (driver or executor) and shared
 * by all tasks there. Gazetteers reach executors by broadcast; the matcher automata are built from
 * the broadcast value on first use in each executor, not shipped.
 */
public final class SharedCore {
  private static final ConcurrentHashMap<Long, ArticleExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static volatile TermAnalyzer analyzer;
  private static final ConcurrentHashMap<Integer, ArticleCleaner> CLEANERS =
      new ConcurrentHashMap<>();

  private SharedCore() {}

  /** What the driver broadcasts: the parsed gazetteers. */
  public record Gazetteers(SchemeGazetteer schemes, RegionGazetteer regions)
      implements Serializable {
    public static Gazetteers load(String dir) {
      return new Gazetteers(SchemeGazetteer.load(dir), RegionGazetteer.load(dir));
    }
  }

  public static ArticleExtractor extractor(Broadcast<Gazetteers> b) {
    return EXTRACTORS.computeIfAbsent(
        b.id(), id -> new ArticleExtractor(b.value().schemes(), b.value().regions()));
  }

  public static TermAnalyzer analyzer() {
    TermAnalyzer a = analyzer;
    if (a == null) {
      synchronized (SharedCore.class) {
        if (analyzer == null) {
          analyzer = TermAnalyzer.defaults();
        }
        a = analyzer;
      }
    }
    return a;
  }

  public static ArticleCleaner cleaner(int minRepeatChars) {
    return CLEANERS.computeIfAbsent(
        minRepeatChars, n -> new ArticleCleaner(ConfFiles.lines("text/boilerplate.txt"), n));
  }
}
