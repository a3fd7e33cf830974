package org.msmepulse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Compares two warehouses written by runs of the job on the same input: the same Delta tables, the
 * same row counts, and, table by table, the same rows (every column except the ones that name the
 * run: {@code run_id}, {@code ingested_at}, and the timings of {@code runs}). Rows are compared as
 * sorted JSON lines, so a difference is reported as the first rows found on one side only.
 */
final class WarehouseDiff {
  /**
   * Columns that differ between two runs by design (the topic model is named by the run that fitted
   * it).
   */
  static final List<String> RUN_COLUMNS = List.of("run_id", "ingested_at", "topic_model");

  /** runs: the accounting a run records; timings, ids and table versions differ by design. */
  static final List<String> RUNS_COLUMNS =
      List.of(
          "records_read", "articles", "duplicates", "quarantined", "articles_total", "topics_k");

  private final SparkSession spark;
  private final String left;
  private final String right;
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, List<String>> json = new java.util.HashMap<>();

  WarehouseDiff(SparkSession spark, String left, String right) {
    this.spark = spark;
    this.left = left;
    this.right = right;
  }

  /** The Delta tables of a warehouse folder (sub-folders with a _delta_log). */
  static TreeSet<String> tables(String warehouse) {
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.list(Path.of(warehouse))) {
      s.filter(p -> Files.isDirectory(p.resolve("_delta_log")))
          .forEach(p -> out.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list warehouse " + warehouse, e);
    }
    return out;
  }

  Dataset<Row> read(String warehouse, String table) {
    return spark.read().format("delta").load(warehouse + "/" + table);
  }

  /** Row count of every table on both sides; records a problem for every difference. */
  Map<String, long[]> counts() {
    TreeSet<String> l = tables(left);
    TreeSet<String> r = tables(right);
    if (!l.equals(r)) {
      problems.add("different tables: local " + l + ", cluster " + r);
    }
    Map<String, long[]> out = new TreeMap<>();
    for (String t : l) {
      if (!r.contains(t)) {
        continue;
      }
      long a = rows(left, t).size();
      long b = rows(right, t).size();
      out.put(t, new long[] {a, b});
      if (a != b) {
        problems.add(t + ": " + a + " rows locally, " + b + " on the cluster");
      }
    }
    return out;
  }

  /**
   * Every row equal (all columns but {@link #RUN_COLUMNS}); records a problem when not. Rows that
   * differ only in top-level floating-point columns by at most {@link #RELATIVE_TOLERANCE} count as
   * equal and are reported in {@link #notes()}: means and sums over a month's articles (the share
   * of {@code topics_by_month}, the TF-IDF of {@code keywords_by_month}) are added up in an order
   * that depends on how the articles are partitioned, so the last bit of a double may differ
   * between a local run and a cluster run.
   */
  void sameRows(String table) {
    Dataset<Row> a = comparable(read(left, table), table);
    Dataset<Row> b = comparable(read(right, table), table);
    if (!a.schema().equals(b.schema())) {
      problems.add(
          table
              + ": schemas differ: local "
              + a.schema().simpleString()
              + " vs cluster "
              + b.schema().simpleString());
      return;
    }
    List<String> ja = rows(left, table);
    List<String> jb = rows(right, table);
    if (ja.equals(jb)) {
      return;
    }
    List<String> doubles = new ArrayList<>();
    List<String> exact = new ArrayList<>();
    for (StructField f : a.schema().fields()) {
      (f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType)
              ? doubles
              : exact)
          .add(f.name());
    }
    if (!doubles.isEmpty() && !exact.isEmpty()) {
      Optional<String> approx = compareWithTolerance(a, b, exact, doubles);
      if (approx.isEmpty()) {
        notes.add(
            table
                + ": equal; "
                + doubles
                + " equal within a relative "
                + RELATIVE_TOLERANCE
                + " (summation order), not bit for bit");
        return;
      }
      problems.add(table + ": " + approx.get());
    }
    List<String> onlyLeft = new ArrayList<>(ja);
    onlyLeft.removeAll(new java.util.HashSet<>(jb));
    List<String> onlyRight = new ArrayList<>(jb);
    onlyRight.removeAll(new java.util.HashSet<>(ja));
    problems.add(
        table
            + ": rows differ ("
            + ja.size()
            + " local, "
            + jb.size()
            + " cluster; "
            + onlyLeft.size()
            + " only local, "
            + onlyRight.size()
            + " only on the cluster)\n    only local:   "
            + first(onlyLeft, 3)
            + "\n    only cluster: "
            + first(onlyRight, 3));
  }

  static final double RELATIVE_TOLERANCE = 1e-9;

  /**
   * A ranked table ({@code keywords_by_month}: month, term, display, tfidf, rank) equal up to the
   * order of tied scores: per group the same number of rows and the same scores rank by rank
   * (within the tolerance), each item with the same display form and score on both sides, and an
   * item at another rank, or on one side only, only where its score ties with the other side's (an
   * exact tie of two terms, or a tie at the cut of the top N). Ties are broken by the term's index
   * in the job, but two mathematically equal means, added up in another order, can differ in their
   * last bit.
   */
  void sameRankingUpToTies(
      String table, String group, String item, String display, String score, String rank) {
    Map<String, List<Row>> a = groupRows(read(left, table), group, rank);
    Map<String, List<Row>> b = groupRows(read(right, table), group, rank);
    if (!a.keySet().equals(b.keySet())) {
      problems.add(
          table
              + ": different "
              + group
              + " values: local "
              + a.keySet()
              + ", cluster "
              + b.keySet());
      return;
    }
    int moved = 0;
    for (String g : a.keySet()) {
      List<Row> la = a.get(g);
      List<Row> lb = b.get(g);
      if (la.size() != lb.size()) {
        problems.add(
            table + " " + g + ": " + la.size() + " rows locally, " + lb.size() + " on the cluster");
        continue;
      }
      Map<String, Row> ib = new java.util.HashMap<>();
      lb.forEach(r -> ib.put(r.getAs(item), r));
      double lastB = lb.get(lb.size() - 1).<Double>getAs(score);
      for (int i = 0; i < la.size(); i++) {
        double sa = la.get(i).<Double>getAs(score);
        double sb = lb.get(i).<Double>getAs(score);
        if (!close(sa, sb)) {
          problems.add(
              table
                  + " "
                  + g
                  + " rank "
                  + (i + 1)
                  + ": "
                  + score
                  + " "
                  + sa
                  + " locally, "
                  + sb
                  + " on the cluster");
        }
        Row ra = la.get(i);
        Row rb = ib.get(ra.<String>getAs(item));
        if (rb == null) {
          moved++;
          if (!close(sa, lastB)) {
            problems.add(
                table
                    + " "
                    + g
                    + ": "
                    + ra
                    + " only locally, and its "
                    + score
                    + " does not tie with the cluster's last");
          }
        } else if (!close(sa, rb.<Double>getAs(score))
            || !java.util.Objects.equals(ra.getAs(display), rb.getAs(display))) {
          problems.add(table + " " + g + ": " + ra + " locally, " + rb + " on the cluster");
        } else if (!ra.getAs(rank).equals(rb.getAs(rank))) {
          moved++;
        }
      }
    }
    if (moved > 0) {
      notes.add(
          table
              + ": equal up to ties; "
              + moved
              + " item(s) at another rank or swapped at the cut, all with scores"
              + " equal within "
              + RELATIVE_TOLERANCE
              + " (the sum of equal values in another order)");
    }
  }

  private Map<String, List<Row>> groupRows(Dataset<Row> d, String group, String rank) {
    Map<String, List<Row>> out = new TreeMap<>();
    for (Row r : d.orderBy(group, rank).collectAsList()) {
      out.computeIfAbsent(String.valueOf(r.<Object>getAs(group)), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static boolean close(double x, double y) {
    return Double.compare(x, y) == 0
        || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  }

  /**
   * Pairs rows by their non-floating columns; empty when every pair's doubles agree within the
   * tolerance.
   */
  private static Optional<String> compareWithTolerance(
      Dataset<Row> a, Dataset<Row> b, List<String> exact, List<String> doubles) {
    Map<String, List<double[]>> ma = byKey(a, exact, doubles);
    Map<String, List<double[]>> mb = byKey(b, exact, doubles);
    if (!ma.keySet().equals(mb.keySet())) {
      List<String> onlyA = new ArrayList<>(ma.keySet());
      onlyA.removeAll(mb.keySet());
      List<String> onlyB = new ArrayList<>(mb.keySet());
      onlyB.removeAll(ma.keySet());
      return Optional.of(
          "rows differ in "
              + exact
              + ": only local "
              + first(onlyA, 3)
              + "; only cluster "
              + first(onlyB, 3));
    }
    for (Map.Entry<String, List<double[]>> e : ma.entrySet()) {
      List<double[]> la = e.getValue();
      List<double[]> lb = mb.get(e.getKey());
      if (la.size() != lb.size()) {
        return Optional.of(
            e.getKey() + ": " + la.size() + " rows locally, " + lb.size() + " on the cluster");
      }
      for (int i = 0; i < la.size(); i++) {
        for (int j = 0; j < doubles.size(); j++) {
          double x = la.get(i)[j];
          double y = lb.get(i)[j];
          if (!(Double.compare(x, y) == 0
              || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)))) {
            return Optional.of(
                e.getKey()
                    + ": "
                    + doubles.get(j)
                    + " is "
                    + x
                    + " locally, "
                    + y
                    + " on the cluster");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, List<double[]>> byKey(
      Dataset<Row> d, List<String> exact, List<String> doubles) {
    Map<String, List<double[]>> out = new TreeMap<>();
    Dataset<Row> keyed = d.selectExpr(concatJson(exact), "*");
    for (Row r : keyed.collectAsList()) {
      double[] v = new double[doubles.size()];
      for (int j = 0; j < v.length; j++) {
        Object o = r.getAs(doubles.get(j));
        v[j] = o == null ? Double.NaN : ((Number) o).doubleValue();
      }
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(v);
    }
    out.values().forEach(l -> l.sort((x, y) -> Arrays.compare(x, y)));
    return out;
  }

  private static String concatJson(List<String> cols) {
    StringBuilder sb = new StringBuilder("to_json(named_struct(");
    for (int i = 0; i < cols.size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append('\'')
          .append(cols.get(i))
          .append("', `")
          .append(cols.get(i))
          .append('`');
    }
    return sb.append(")) AS _key").toString();
  }

  /** A table's comparable rows as sorted JSON lines, read once per side. */
  private List<String> rows(String warehouse, String table) {
    return json.computeIfAbsent(
        warehouse + "/" + table, k -> sortedJson(comparable(read(warehouse, table), table)));
  }

  private static List<String> sortedJson(Dataset<Row> d) {
    List<String> out = new ArrayList<>(d.toJSON().collectAsList());
    Collections.sort(out);
    return out;
  }

  private static Dataset<Row> comparable(Dataset<Row> d, String table) {
    if (table.equals("runs")) {
      return d.selectExpr(RUNS_COLUMNS.toArray(new String[0]));
    }
    List<String> drop = new ArrayList<>();
    for (String c : RUN_COLUMNS) {
      if (Arrays.asList(d.columns()).contains(c)) {
        drop.add(c);
      }
    }
    return d.drop(drop.toArray(new String[0]));
  }

  private static String first(List<String> rows, int n) {
    List<String> out = new ArrayList<>();
    for (String s : rows.subList(0, Math.min(n, rows.size()))) {
      out.add(s.length() > 400 ? s.substring(0, 400) + "..." : s);
    }
    return String.join("\n                  ", out);
  }

  List<String> problems() {
    return problems;
  }

  /** Tables found equal only within the floating-point tolerance. */
  List<String> notes() {
    return notes;
  }
}
