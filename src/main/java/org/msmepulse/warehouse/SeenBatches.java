package org.msmepulse.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The batch a run read, kept with its {@code runs} row: the row's commit carries, as Delta's {@code
 * userMetadata}, the batch's fingerprint and what a run of the same batch right after it would
 * count (the records read, articles, duplicates and quarantined records, the articles in the
 * warehouse, the topic model, the tables' versions). A run whose batch has that fingerprint, when
 * no table's rows changed since, has nothing to do: {@link #newest} tells it from the tables'
 * commit files alone (no table is read), and the run records its row without reading its batch.
 */
public final class SeenBatches {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KIND = "msme-pulse seen batch 1";

  /** How many of the newest commits of {@code runs} are looked through (compactions between). */
  private static final int LOOK_BACK = 8;

  private SeenBatches() {}

  /** What a run recorded of its batch, for a run of the same batch right after it. */
  public record Seen(
      String fingerprint,
      long recordsRead,
      long articles,
      long duplicates,
      long quarantined,
      long articlesTotal,
      String topicModel,
      Map<String, Long> tableVersions) {}

  /** The {@code userMetadata} of a runs commit. */
  public static String metadata(Seen s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", KIND);
    o.put("fingerprint", s.fingerprint());
    o.put("records_read", s.recordsRead());
    o.put("articles", s.articles());
    o.put("duplicates", s.duplicates());
    o.put("quarantined", s.quarantined());
    o.put("articles_total", s.articlesTotal());
    o.put("topic_model", s.topicModel());
    ObjectNode v = o.putObject("table_versions");
    s.tableVersions().forEach(v::put);
    return o.toString();
  }

  /**
   * What the newest run recorded of its batch when its fingerprint is {@code fingerprint} and no
   * table's rows changed since (a compaction changes no rows); else null.
   */
  public static Seen newest(Warehouse wh, Configuration hadoop, String fingerprint) {
    Seen seen = newestRecorded(wh, hadoop);
    if (seen == null || !seen.fingerprint().equals(fingerprint)) {
      return null;
    }
    for (String table : Tables.ALL) {
      if (table.equals(Tables.RUNS)) {
        continue;
      }
      DeltaLogFiles log = new DeltaLogFiles(hadoop, wh.path(table));
      Long recorded = seen.tableVersions().get(table);
      if (recorded == null) {
        if (log.latest() >= 0) {
          return null; // created since
        }
        continue;
      }
      if (!Boolean.FALSE.equals(log.rowsChangedAfter(recorded))) {
        return null;
      }
    }
    return seen;
  }

  /** The latest version of every table but {@code runs}, from the commit files' names. */
  public static Map<String, Long> versions(Warehouse wh, Configuration hadoop) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : Tables.ALL) {
      long v = table.equals(Tables.RUNS) ? -1 : new DeltaLogFiles(hadoop, wh.path(table)).latest();
      if (v >= 0) {
        out.put(table, v);
      }
    }
    return out;
  }

  /**
   * What the runs of the newest commits of {@code runs} recorded, newest first; null when one of
   * those commits is a row written without a record (by an older job) or the log lacks one.
   */
  static List<Seen> recentRecords(Warehouse wh, Configuration hadoop) {
    Walk w = walk(wh, hadoop);
    return w.complete() ? w.records() : null;
  }

  /** The batch the newest run recorded, or null (no run, or a run of an older job, or no batch). */
  static Seen newestRecorded(Warehouse wh, Configuration hadoop) {
    List<Seen> records = walk(wh, hadoop).records();
    return records.isEmpty() ? null : records.get(0);
  }

  /**
   * The records of the newest commits of {@code runs}, newest first, up to the first commit that is
   * neither a record nor a compaction (a row written without a batch record: that run's batch is
   * unknown) or that the log lacks; {@code complete} when the walk met no such commit.
   */
  private record Walk(List<Seen> records, boolean complete) {}

  private static Walk walk(Warehouse wh, Configuration hadoop) {
    DeltaLogFiles runs = new DeltaLogFiles(hadoop, wh.path(Tables.RUNS));
    long latest = runs.latest();
    List<Seen> out = new ArrayList<>();
    for (long v = latest; v >= 0 && v > latest - LOOK_BACK; v--) {
      JsonNode info = runs.commitInfo(v);
      if (info == null) {
        return new Walk(out, false);
      }
      Seen s = parse(info.path("userMetadata").asText(null));
      if (s != null) {
        out.add(s);
      } else if (!"OPTIMIZE".equals(info.path("operation").asText())) {
        return new Walk(out, false);
      }
    }
    return new Walk(out, true);
  }

  static Seen parse(String userMetadata) {
    if (userMetadata == null || userMetadata.isEmpty()) {
      return null;
    }
    try {
      JsonNode o = JSON.readTree(userMetadata);
      if (!KIND.equals(o.path("kind").asText())) {
        return null;
      }
      Map<String, Long> versions = new LinkedHashMap<>();
      o.path("table_versions")
          .fields()
          .forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
      return new Seen(
          o.path("fingerprint").asText(),
          o.path("records_read").asLong(),
          o.path("articles").asLong(),
          o.path("duplicates").asLong(),
          o.path("quarantined").asLong(),
          o.path("articles_total").asLong(),
          o.path("topic_model").isNull() ? null : o.path("topic_model").asText(null),
          versions);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
