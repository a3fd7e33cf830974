package org.msmepulse.stages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

  /**
   * What the driver broadcasts: the parsed gazetteers, and the content hash of their files (with
   * {@link #MATCHING_RULES}), stored with each article's matches so that a run after a gazetteer
   * change knows which stored matches are stale.
   */
  public record Gazetteers(SchemeGazetteer schemes, RegionGazetteer regions, String hash)
      implements Serializable {
    /**
     * The files of a gazetteer folder the matchers read; a missing optional file hashes as absent.
     */
    static final List<String> FILES =
        List.of(
            "schemes.csv",
            "scheme-cues.txt",
            "scheme-stop-phrases.txt",
            "states.csv",
            "districts.csv",
            "places.csv",
            "cultural-regions.csv",
            "region-stop-phrases.txt");

    public static Gazetteers load(String dir) {
      return new Gazetteers(SchemeGazetteer.load(dir), RegionGazetteer.load(dir), hashOf(dir));
    }

    static String hashOf(String dir) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(("rules " + MATCHING_RULES + "\n").getBytes(StandardCharsets.UTF_8));
        for (String f : FILES) {
          sha.update(("file " + f + "\n").getBytes(StandardCharsets.UTF_8));
          try (BufferedReader r = ConfFiles.open(dir + "/" + f)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
              String t = line.strip();
              if (!t.isEmpty() && !t.startsWith("#")) { // comments do not change matches
                sha.update((t + "\n").getBytes(StandardCharsets.UTF_8));
              }
            }
          } catch (IllegalArgumentException absent) {
            sha.update("absent\n".getBytes(StandardCharsets.UTF_8));
          }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the gazetteer in " + dir + ": " + e.getMessage(), e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The version of the matching rules in {@code core/gazetteer}: raise it with a change to those
   * rules that changes matches, and the next run matches every stored article again.
   */
  public static final int MATCHING_RULES = 1;

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
