package org.msmepulse.warehouse;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import scala.Option;
import scala.Tuple2;

/**
 * Keeps a session read-only: every analysed plan is checked before anything runs (the check rule of
 * {@link ReadOnlyExtension}), so the guarantee does not rest on the text of a statement. Refused:
 * any command that writes or alters (INSERT, MERGE, DELETE, UPDATE, CREATE, DROP, ALTER, CACHE, ADD
 * JAR, RESET, SET of a key not on {@link #SETTABLE}, ...), functions that reach outside the data
 * ({@code reflect}, {@code java_method}, TRANSFORM scripts), and reads of files outside the
 * warehouse folder ({@code text.`/etc/passwd`}). Reads by path inside the warehouse (time travel,
 * the change feed) pass.
 *
 * <p>The check is on in a session once {@link #enable} has set {@link #ROOT_KEY}; a client cannot
 * unset it, since SET of that key is refused. The server's own catalog work runs in {@link
 * #trusted}.
 */
public final class ReadOnlyGuard {
  /** Session setting: the qualified warehouse folder; while set, the session is read-only. */
  public static final String ROOT_KEY = "msme.readonly.root";

  /** Settings a read-only client may change (they alter how results look, not what is stored). */
  static final Set<String> SETTABLE =
      Set.of(
          "spark.sql.session.timezone",
          "spark.sql.ansi.enabled",
          "spark.sql.shuffle.partitions",
          "spark.sql.adaptive.enabled");

  /** Commands that only show: the catalog, a schema, a plan, a setting. */
  private static final Set<String> SHOWING =
      Set.of(
          "ShowTables",
          "ShowTablesCommand",
          "ShowTablesExtended",
          "ShowViews",
          "ShowNamespaces",
          "ShowColumns",
          "ShowColumnsCommand",
          "ShowFunctions",
          "ShowFunctionsCommand",
          "ShowTableProperties",
          "ShowTablePropertiesCommand",
          "ShowCatalogs",
          "ShowCurrentNamespace",
          "ShowCurrentNamespaceCommand",
          "DescribeRelation",
          "DescribeTableCommand",
          "DescribeColumn",
          "DescribeColumnCommand",
          "DescribeNamespace",
          "DescribeDatabaseCommand",
          "DescribeFunction",
          "DescribeFunctionCommand",
          "DescribeQueryCommand",
          "DescribeDeltaDetailCommand",
          "DescribeDeltaHistory",
          "DescribeDeltaHistoryCommand",
          "ExplainCommand");

  private static final ThreadLocal<Boolean> TRUSTED = ThreadLocal.withInitial(() -> false);

  private ReadOnlyGuard() {}

  /** Thrown when a plan would write, alter, or read outside the warehouse. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * Makes the session read-only over the warehouse at {@code root}, and proves it: a SET of the
   * guard's own key must be refused, or the extension is not installed in this session.
   */
  public static void enable(SparkSession spark, String root) {
    spark.conf().set(ROOT_KEY, root);
    try {
      spark.sql("SET " + ROOT_KEY + "=off");
    } catch (Refused expected) {
      return;
    }
    throw new IllegalStateException(
        "the read-only guard is not installed in this session (spark.sql.extensions must include "
            + ReadOnlyExtension.class.getName()
            + ")");
  }

  /**
   * The refusal behind an error, or null: a refusal inside a data source's own planning (a CSV read
   * infers its schema with a query of its own) reaches the caller wrapped.
   */
  public static Refused refusalIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof Refused r) {
        return r;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** Runs the server's own catalog work (registering tables) with the check off on this thread. */
  public static <T> T trusted(Supplier<T> work) {
    boolean was = TRUSTED.get();
    TRUSTED.set(true);
    try {
      return work.get();
    } finally {
      TRUSTED.set(was);
    }
  }

  /** File formats Spark reads by path in SQL ({@code json.`/some/path`}). */
  private static final Set<String> PATH_SOURCES =
      Set.of("json", "csv", "text", "parquet", "orc", "avro", "binaryfile", "xml", "delta");

  /**
   * Refuses a statement that names a file outside the warehouse ({@code json.`/etc`}) before Spark
   * resolves it: resolving lists the folder and may infer a schema, which {@link #check} would see
   * only after. The analysed-plan check stays the guarantee; this one only refuses earlier.
   */
  public static void checkText(SparkSession spark, String sql) {
    String root = spark.conf().get(ROOT_KEY, "");
    if (root.isEmpty() || TRUSTED.get()) {
      return;
    }
    org.apache.spark.sql.classic.SparkSession classic =
        (org.apache.spark.sql.classic.SparkSession) spark;
    LogicalPlan parsed;
    try {
      parsed = classic.sessionState().sqlParser().parsePlan(sql);
    } catch (org.apache.spark.sql.catalyst.parser.ParseException e) {
      return; // spark.sql reports the same error
    }
    Path rootPath = new Path(root);
    org.apache.hadoop.conf.Configuration conf = classic.sessionState().newHadoopConf();
    String why = firstRefusal(parsed, node -> namedPathRefusal(node, rootPath, conf), e -> null);
    if (why != null) {
      throw new Refused("read-only: " + why);
    }
  }

  /** The refusal of a plan node that names a file outside the root, or null. */
  private static String namedPathRefusal(
      LogicalPlan plan, Path root, org.apache.hadoop.conf.Configuration conf) {
    if (!(plan instanceof UnresolvedRelation u) || u.multipartIdentifier().size() != 2) {
      return null;
    }
    String source = u.multipartIdentifier().head().toLowerCase(Locale.ROOT);
    String path = u.multipartIdentifier().last();
    if (!PATH_SOURCES.contains(source)) {
      return null;
    }
    Path p = new Path(path);
    try {
      p = p.getFileSystem(conf).makeQualified(p);
    } catch (java.io.IOException | RuntimeException e) {
      return "reading " + path + " is refused: " + e.getMessage();
    }
    return under(p, root)
        ? null
        : "reading " + p + " is refused: only the warehouse " + root + " can be read";
  }

  /** The check rule: throws {@link Refused} when the session is read-only and the plan is not. */
  static void check(SparkSession spark, LogicalPlan plan) {
    if (TRUSTED.get()) {
      return;
    }
    String root = spark.conf().get(ROOT_KEY, "");
    if (root.isEmpty()) {
      return;
    }
    String why = refusal(plan, new Path(root));
    if (why != null) {
      throw new Refused("read-only: " + why);
    }
  }

  /** Why the analysed plan is refused, or null. */
  static String refusal(LogicalPlan plan, Path root) {
    return firstRefusal(plan, node -> nodeRefusal(node, root), ReadOnlyGuard::reflection);
  }

  /** A node's own refusal; {@link #FINE} for a command that only shows (its plan is not run). */
  private static String nodeRefusal(LogicalPlan plan, Path root) {
    String name = plan.getClass().getSimpleName();
    if (plan instanceof SetCommand set) {
      String why = setRefusal(set);
      return why == null ? FINE : why;
    }
    if (plan instanceof Command) {
      return SHOWING.contains(name) ? FINE : "the statement would run " + name;
    }
    if (name.contains("ScriptTransformation")) {
      return "TRANSFORM runs a program outside the data";
    }
    if (name.contains("Insert") || name.contains("Write") || name.contains("Merge")) {
      return "the statement would run " + name;
    }
    String outside = outsideRead(plan, root);
    return outside == null
        ? null
        : "reading " + outside + " is refused: only the warehouse " + root + " can be read";
  }

  /** Returned by a node rule for a subtree that needs no further look. */
  private static final String FINE = "";

  /**
   * The first refusal in the plan: {@code atNode} on each node (null: look further, {@link #FINE}:
   * not below this node), {@code atExpression} on each expression, and both inside the plans of
   * subqueries.
   */
  private static String firstRefusal(
      LogicalPlan plan,
      Function<LogicalPlan, String> atNode,
      Function<Expression, String> atExpression) {
    String why = atNode.apply(plan);
    if (why != null) {
      return why.isEmpty() ? null : why;
    }
    scala.collection.Iterator<Expression> exprs = plan.expressions().iterator();
    while (exprs.hasNext()) {
      why = firstRefusal(exprs.next(), atNode, atExpression);
      if (why != null) {
        return why;
      }
    }
    scala.collection.Iterator<LogicalPlan> children = plan.children().iterator();
    while (children.hasNext()) {
      why = firstRefusal(children.next(), atNode, atExpression);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static String firstRefusal(
      Expression e,
      Function<LogicalPlan, String> atNode,
      Function<Expression, String> atExpression) {
    String why = atExpression.apply(e);
    if (why == null && e instanceof SubqueryExpression sq) {
      why = firstRefusal(sq.plan(), atNode, atExpression);
    }
    scala.collection.Iterator<Expression> it = e.children().iterator();
    while (why == null && it.hasNext()) {
      why = firstRefusal(it.next(), atNode, atExpression);
    }
    return why;
  }

  private static String setRefusal(SetCommand set) {
    Option<Tuple2<String, Option<String>>> kv = set.kv();
    if (kv.isEmpty() || kv.get()._2().isEmpty()) {
      return null; // SET, or SET key: shows
    }
    String key = kv.get()._1().toLowerCase(Locale.ROOT);
    return SETTABLE.contains(key) ? null : "SET " + kv.get()._1() + " is refused";
  }

  /** The first path the plan node reads that lies outside the root, or null. */
  private static String outsideRead(LogicalPlan plan, Path root) {
    if (plan instanceof LogicalRelation lr && lr.relation() instanceof HadoopFsRelation fs) {
      scala.collection.Iterator<Path> paths = fs.location().rootPaths().iterator();
      while (paths.hasNext()) {
        Path p = paths.next();
        if (!under(p, root)) {
          return p.toString();
        }
      }
      return null;
    }
    if (plan instanceof LogicalRelation lr) {
      return pathOf(lr.relation(), root);
    }
    if (plan instanceof DataSourceV2Relation v2) {
      return pathOf(v2.table(), root);
    }
    return null;
  }

  /**
   * The folder a Delta relation reads (a table by name or path, the change feed), when outside the
   * root; a relation whose folder cannot be told is refused.
   */
  private static String pathOf(Object relation, Path root) {
    Object p = call(relation, "path");
    if (p == null) {
      Object log = call(call(relation, "snapshotWithSchemaMode"), "snapshot");
      p = call(call(log, "deltaLog"), "dataPath");
    }
    if (p instanceof Path path) {
      return under(path, root) ? null : path.toString();
    }
    return "a " + relation.getClass().getSimpleName() + " source";
  }

  private static Object call(Object target, String method) {
    if (target == null) {
      return null;
    }
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  static boolean under(Path p, Path root) {
    String child = p.toUri().normalize().getPath();
    String parent = root.toUri().normalize().getPath();
    String scheme = p.toUri().getScheme();
    if (scheme != null
        && root.toUri().getScheme() != null
        && !scheme.equalsIgnoreCase(root.toUri().getScheme())) {
      return false;
    }
    String base = parent.endsWith("/") ? parent : parent + "/";
    return child.equals(parent) || child.startsWith(base);
  }

  /** The refusal of a Java call ({@code reflect}, {@code java_method}), or null. */
  private static String reflection(Expression e) {
    String name = e.getClass().getSimpleName();
    return name.equals("CallMethodViaReflection") || name.equals("TryReflect")
        ? e.prettyName() + " reaches outside the data"
        : null;
  }
}
