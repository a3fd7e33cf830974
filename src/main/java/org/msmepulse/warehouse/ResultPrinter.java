package org.msmepulse.warehouse;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Prints a query result as an aligned table (widths measured in what a terminal shows: combining
 * marks take no column), RFC 4180 CSV with a header, or one JSON object per line. Rows stream from
 * Spark ({@code toLocalIterator}); the table format shows at most {@value #TABLE_LIMIT} rows.
 */
public final class ResultPrinter {
  static final int TABLE_LIMIT = 1000;

  private ResultPrinter() {}

  public static void print(Dataset<Row> result, String format, PrintStream out) {
    switch (format) {
      case "json" -> {
        Iterator<String> it = result.toJSON().toLocalIterator();
        while (it.hasNext()) {
          out.println(it.next());
        }
      }
      case "csv" -> {
        List<String> header = new ArrayList<>();
        for (StructField f : result.schema().fields()) {
          header.add(csv(f.name()));
        }
        out.println(String.join(",", header));
        Iterator<Row> it = result.toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < r.size(); i++) {
            cells.add(
                r.isNullAt(i)
                    ? ""
                    : csv(r.get(i) instanceof Double d ? Double.toString(d) : render(r.get(i))));
          }
          out.println(String.join(",", cells));
        }
      }
      default -> table(result, out);
    }
    out.flush();
  }

  private static void table(Dataset<Row> result, PrintStream out) {
    String[] names = result.columns();
    List<String[]> rows = new ArrayList<>();
    Iterator<Row> it = result.toLocalIterator();
    boolean more = false;
    while (it.hasNext()) {
      if (rows.size() == TABLE_LIMIT) {
        more = true;
        break;
      }
      Row r = it.next();
      String[] cells = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        String v = r.isNullAt(i) ? "NULL" : render(r.get(i));
        cells[i] = v.replace('\n', ' ');
        if (width(cells[i]) > 80) {
          cells[i] = truncate(cells[i], 77) + "...";
        }
      }
      rows.add(cells);
    }
    int[] w = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      w[i] = width(names[i]);
      for (String[] c : rows) {
        w[i] = Math.max(w[i], width(c[i]));
      }
    }
    StringBuilder sep = new StringBuilder("+");
    for (int x : w) {
      sep.append("-".repeat(x + 2)).append('+');
    }
    out.println(sep);
    out.println(line(names, w));
    out.println(sep);
    for (String[] c : rows) {
      out.println(line(c, w));
    }
    out.println(sep);
    out.println(
        rows.size()
            + (rows.size() == 1 ? " row" : " rows")
            + (more ? " shown (more not shown; use --format csv or json for all)" : ""));
  }

  private static String line(String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(cells[i]).append(" ".repeat(w[i] - width(cells[i]))).append(" |");
    }
    return sb.toString();
  }

  /** Terminal columns: combining marks and format characters take none. */
  static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int t = Character.getType(cp);
      if (t != Character.NON_SPACING_MARK
          && t != Character.ENCLOSING_MARK
          && t != Character.FORMAT
          && !(t == Character.COMBINING_SPACING_MARK
              && cp >= 0x0900
              && cp <= 0x097F
              && cp != 0x093F
              && cp != 0x0940
              && cp != 0x0949
              && cp != 0x094A
              && cp != 0x094B
              && cp != 0x094C
              && cp != 0x093E)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  private static String truncate(String s, int cols) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(cp);
      if (width(sb.toString()) >= cols) {
        break;
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  static String render(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof scala.collection.Seq<?> seq) {
      List<String> parts = new ArrayList<>();
      scala.collection.Iterator<?> it = seq.iterator();
      while (it.hasNext()) {
        parts.add(render(it.next()));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof scala.collection.Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : scala.jdk.javaapi.CollectionConverters.asJava(map).entrySet()) {
        parts.add(render(e.getKey()) + ": " + render(e.getValue()));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof Row r) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        parts.add(
            (r.schema() != null ? r.schema().fields()[i].name() + ": " : "") + render(r.get(i)));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return d.toString();
      }
      String g =
          new java.math.BigDecimal(d)
              .round(new java.math.MathContext(6))
              .stripTrailingZeros()
              .toPlainString();
      return g.equals("-0") ? "0" : g;
    }
    return v.toString();
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
