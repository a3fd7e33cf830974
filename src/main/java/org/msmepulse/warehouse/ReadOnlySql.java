package org.msmepulse.warehouse;

import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;

/**
 * Keeps {@code sql} read-only. Two checks, both before anything runs: the statement must start with
 * a query keyword (SELECT, WITH, VALUES, TABLE, FROM) or a read-only SHOW/DESCRIBE/EXPLAIN, and be
 * one statement; and Spark's parser must turn it into a plan with no command or write node
 * anywhere. DROP, DELETE, INSERT, UPDATE, MERGE, ALTER, CREATE, TRUNCATE, SET, ... are refused.
 */
public final class ReadOnlySql {
  private static final Set<String> QUERY_START =
      Set.of("SELECT", "WITH", "VALUES", "TABLE", "FROM");
  private static final Set<String> INSPECT_START = Set.of("SHOW", "DESCRIBE", "DESC", "EXPLAIN");

  private ReadOnlySql() {}

  /** Why the text is refused before parsing, or null. */
  public static String refusal(String sql) {
    if (sql == null || sql.isBlank()) {
      return "empty query";
    }
    String s = stripComments(sql).strip();
    while (s.startsWith("(")) {
      s = s.substring(1).strip();
    }
    String body = s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    if (body.contains(";")) {
      return "only one statement is allowed (found ';')";
    }
    String first = body.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
    if (QUERY_START.contains(first) || INSPECT_START.contains(first)) {
      return null;
    }
    return "sql is read-only: '" + first + "' statements are refused; use SELECT";
  }

  /** Why the parsed plan is refused, or null. */
  public static String refusalOfPlan(SparkSession spark, String sql) {
    String s = stripComments(sql).strip();
    String first = s.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
    if (INSPECT_START.contains(first) && !first.equals("EXPLAIN")) {
      return null;
    }
    LogicalPlan plan;
    try {
      plan =
          ((org.apache.spark.sql.classic.SparkSession) spark)
              .sessionState()
              .sqlParser()
              .parsePlan(sql);
    } catch (org.apache.spark.sql.catalyst.parser.ParseException e) {
      return "cannot parse the query: " + String.valueOf(e.getMessage()).split("\n")[0];
    }
    String bad = firstWrite(plan, first.equals("EXPLAIN"));
    return bad == null ? null : "sql is read-only: the statement would run " + bad;
  }

  private static String firstWrite(LogicalPlan plan, boolean explainAllowed) {
    String name = plan.getClass().getSimpleName();
    if (plan instanceof Command && !(explainAllowed && name.startsWith("Explain"))) {
      return name;
    }
    if (name.contains("Insert")
        || name.contains("Overwrite")
        || name.contains("Merge")
        || name.contains("Delete")
        || name.contains("Update")
        || name.contains("Write")) {
      return name;
    }
    scala.collection.Iterator<LogicalPlan> it = plan.children().iterator();
    while (it.hasNext()) {
      String b = firstWrite(it.next(), false);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  static String stripComments(String sql) {
    return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
  }
}
