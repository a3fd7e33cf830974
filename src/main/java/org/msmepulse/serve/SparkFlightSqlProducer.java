package org.msmepulse.serve;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.PutResult;
import org.apache.arrow.flight.Result;
import org.apache.arrow.flight.SchemaResult;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.BasicFlightSqlProducer;
import org.apache.arrow.flight.sql.FlightSqlProducer;
import org.apache.arrow.flight.sql.SqlInfoBuilder;
import org.apache.arrow.flight.sql.impl.FlightSql;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.ArrowUtils;
import org.msmepulse.warehouse.ReadOnlyGuard;

/**
 * Answers Flight SQL calls with the server's read-only Spark session: statements and prepared
 * statements (a query each), and the catalog calls a SQL tool's browser makes (catalogs, schemas,
 * tables with their columns, table types, SQL info). Results go out as the Arrow batches Spark
 * makes itself ({@code Dataset.toArrowBatchRdd}), one partition at a time, without a row-by-row
 * copy. Every statement is planned in the guarded session, so a write, a reflection call or a read
 * outside the warehouse is refused before it runs; the refusal goes to the client as an {@code
 * INVALID_ARGUMENT} error and the server keeps serving.
 */
final class SparkFlightSqlProducer extends BasicFlightSqlProducer {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SparkFlightSqlProducer.class);
  private static final String TABLE = "TABLE";
  private static final int MAX_OPEN_STATEMENTS = 10_000;

  private final SparkSession spark;
  private final WarehouseCatalog catalog;
  private final BufferAllocator allocator;
  private final SqlInfoBuilder sqlInfo;

  /** Statement handle -> the planned query, until its result is fetched. */
  private final Map<ByteString, Dataset<Row>> statements = new ConcurrentHashMap<>();

  /** Prepared statement handle -> its text, until the client closes it. */
  private final Map<ByteString, String> prepared = new ConcurrentHashMap<>();

  SparkFlightSqlProducer(SparkSession spark, WarehouseCatalog catalog, BufferAllocator allocator) {
    this.spark = spark;
    this.catalog = catalog;
    this.allocator = allocator;
    this.sqlInfo =
        new SqlInfoBuilder()
            .withFlightSqlServerName("msme-pulse")
            .withFlightSqlServerVersion("0.1.0 (Spark " + spark.version() + ")")
            .withFlightSqlServerArrowVersion(
                ArrowUtils.class.getPackage().getImplementationVersion())
            .withFlightSqlServerReadOnly(true)
            .withFlightSqlServerSql(true)
            .withFlightSqlServerSubstrait(false)
            .withFlightSqlServerTransaction(
                FlightSql.SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_NONE)
            .withFlightSqlServerCancel(false)
            .withSqlIdentifierQuoteChar("`")
            .withSqlDdlCatalog(false)
            .withSqlDdlSchema(false)
            .withSqlDdlTable(false)
            .withSqlTransactionsSupported(false);
  }

  // ---- statements

  @Override
  public FlightInfo getFlightInfoStatement(
      FlightSql.CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
    Dataset<Row> ds = plan(command.getQuery());
    ByteString handle = newHandle();
    remember(statements, handle, ds);
    FlightSql.TicketStatementQuery ticket =
        FlightSql.TicketStatementQuery.newBuilder().setStatementHandle(handle).build();
    return generateFlightInfo(ticket, descriptor, arrowSchema(ds.schema()));
  }

  @Override
  public SchemaResult getSchemaStatement(
      FlightSql.CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
    return new SchemaResult(arrowSchema(plan(command.getQuery()).schema()));
  }

  @Override
  public void getStreamStatement(
      FlightSql.TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
    Dataset<Row> ds = statements.remove(ticket.getStatementHandle());
    if (ds == null) {
      listener.error(
          CallStatus.NOT_FOUND
              .withDescription("unknown or already fetched statement")
              .toRuntimeException());
      return;
    }
    stream(ds, listener);
  }

  @Override
  public void createPreparedStatement(
      FlightSql.ActionCreatePreparedStatementRequest request,
      CallContext context,
      StreamListener<Result> listener) {
    try {
      Dataset<Row> ds = plan(request.getQuery());
      ByteString handle = newHandle();
      remember(prepared, handle, request.getQuery());
      FlightSql.ActionCreatePreparedStatementResult result =
          FlightSql.ActionCreatePreparedStatementResult.newBuilder()
              .setPreparedStatementHandle(handle)
              .setDatasetSchema(ByteString.copyFrom(serialize(arrowSchema(ds.schema()))))
              .build();
      listener.onNext(new Result(Any.pack(result).toByteArray()));
      listener.onCompleted();
    } catch (Exception e) {
      listener.onError(clientError(e));
    }
  }

  @Override
  public FlightInfo getFlightInfoPreparedStatement(
      FlightSql.CommandPreparedStatementQuery command,
      CallContext context,
      FlightDescriptor descriptor) {
    Dataset<Row> ds = plan(preparedText(command.getPreparedStatementHandle()));
    return generateFlightInfo(command, descriptor, arrowSchema(ds.schema()));
  }

  @Override
  public SchemaResult getSchemaPreparedStatement(
      FlightSql.CommandPreparedStatementQuery command,
      CallContext context,
      FlightDescriptor descriptor) {
    String text = preparedText(command.getPreparedStatementHandle());
    return new SchemaResult(arrowSchema(plan(text).schema()));
  }

  @Override
  public void getStreamPreparedStatement(
      FlightSql.CommandPreparedStatementQuery command,
      CallContext context,
      ServerStreamListener listener) {
    Dataset<Row> ds;
    try {
      // planned again at each execution: a run since the statement was prepared is seen
      ds = plan(preparedText(command.getPreparedStatementHandle()));
    } catch (RuntimeException e) {
      listener.error(e);
      return;
    }
    stream(ds, listener);
  }

  @Override
  public void closePreparedStatement(
      FlightSql.ActionClosePreparedStatementRequest request,
      CallContext context,
      StreamListener<Result> listener) {
    prepared.remove(request.getPreparedStatementHandle());
    listener.onCompleted();
  }

  @Override
  public Runnable acceptPutPreparedStatementQuery(
      FlightSql.CommandPreparedStatementQuery command,
      CallContext context,
      FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () ->
        ackStream.onError(
            CallStatus.UNIMPLEMENTED
                .withDescription(
                    "bound parameters are not supported: write the values in the query")
                .toRuntimeException());
  }

  @Override
  public Runnable acceptPutStatement(
      FlightSql.CommandStatementUpdate command,
      CallContext context,
      FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () -> ackStream.onError(readOnly());
  }

  @Override
  public Runnable acceptPutPreparedStatementUpdate(
      FlightSql.CommandPreparedStatementUpdate command,
      CallContext context,
      FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () -> ackStream.onError(readOnly());
  }

  @Override
  public Runnable acceptPutStatementBulkIngest(
      FlightSql.CommandStatementIngest command,
      CallContext context,
      FlightStream flightStream,
      StreamListener<PutResult> ackStream) {
    return () -> ackStream.onError(readOnly());
  }

  // ---- catalog calls

  @Override
  public void getStreamSqlInfo(
      FlightSql.CommandGetSqlInfo command, CallContext context, ServerStreamListener listener) {
    sqlInfo.send(command.getInfoList(), listener);
  }

  @Override
  public void getStreamCatalogs(CallContext context, ServerStreamListener listener) {
    sendRows(
        FlightSqlProducer.Schemas.GET_CATALOGS_SCHEMA,
        List.<String[]>of(new String[] {WarehouseCatalog.CATALOG}),
        (root, i) -> {},
        listener);
  }

  @Override
  public void getStreamSchemas(
      FlightSql.CommandGetDbSchemas command, CallContext context, ServerStreamListener listener) {
    List<String[]> rows = new ArrayList<>();
    if (catalogMatches(command.hasCatalog() ? command.getCatalog() : null)
        && like(command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null)
            .matcher(WarehouseCatalog.SCHEMA)
            .matches()) {
      rows.add(new String[] {WarehouseCatalog.CATALOG, WarehouseCatalog.SCHEMA});
    }
    sendRows(FlightSqlProducer.Schemas.GET_SCHEMAS_SCHEMA, rows, (root, i) -> {}, listener);
  }

  @Override
  public void getStreamTables(
      FlightSql.CommandGetTables command, CallContext context, ServerStreamListener listener) {
    List<String[]> rows = new ArrayList<>();
    List<StructType> schemas = new ArrayList<>();
    boolean typeOk =
        command.getTableTypesCount() == 0 || command.getTableTypesList().contains(TABLE);
    Pattern schemaLike =
        like(command.hasDbSchemaFilterPattern() ? command.getDbSchemaFilterPattern() : null);
    Pattern tableLike =
        like(command.hasTableNameFilterPattern() ? command.getTableNameFilterPattern() : null);
    try {
      if (typeOk
          && catalogMatches(command.hasCatalog() ? command.getCatalog() : null)
          && schemaLike.matcher(WarehouseCatalog.SCHEMA).matches()) {
        for (Map.Entry<String, StructType> t : catalog.tables().entrySet()) {
          if (tableLike.matcher(t.getKey()).matches()) {
            rows.add(
                new String[] {
                  WarehouseCatalog.CATALOG, WarehouseCatalog.SCHEMA, t.getKey(), TABLE
                });
            schemas.add(t.getValue());
          }
        }
      }
    } catch (RuntimeException e) {
      listener.error(clientError(e));
      return;
    }
    boolean withSchema = command.getIncludeSchema();
    sendRows(
        withSchema
            ? FlightSqlProducer.Schemas.GET_TABLES_SCHEMA
            : FlightSqlProducer.Schemas.GET_TABLES_SCHEMA_NO_SCHEMA,
        rows,
        (root, i) -> {
          if (withSchema) {
            ((VarBinaryVector) root.getVector("table_schema"))
                .setSafe(i, serialize(arrowSchema(schemas.get(i))));
          }
        },
        listener);
  }

  @Override
  public void getStreamTableTypes(CallContext context, ServerStreamListener listener) {
    sendRows(
        FlightSqlProducer.Schemas.GET_TABLE_TYPES_SCHEMA,
        List.<String[]>of(new String[] {TABLE}),
        (root, i) -> {},
        listener);
  }

  // keys and types: the warehouse declares none, so these answer with no rows

  @Override
  public void getStreamPrimaryKeys(
      FlightSql.CommandGetPrimaryKeys command, CallContext context, ServerStreamListener listener) {
    sendEmpty(FlightSqlProducer.Schemas.GET_PRIMARY_KEYS_SCHEMA, listener);
  }

  @Override
  public void getStreamExportedKeys(
      FlightSql.CommandGetExportedKeys command,
      CallContext context,
      ServerStreamListener listener) {
    sendEmpty(FlightSqlProducer.Schemas.GET_EXPORTED_KEYS_SCHEMA, listener);
  }

  @Override
  public void getStreamImportedKeys(
      FlightSql.CommandGetImportedKeys command,
      CallContext context,
      ServerStreamListener listener) {
    sendEmpty(FlightSqlProducer.Schemas.GET_IMPORTED_KEYS_SCHEMA, listener);
  }

  @Override
  public void getStreamCrossReference(
      FlightSql.CommandGetCrossReference command,
      CallContext context,
      ServerStreamListener listener) {
    sendEmpty(FlightSqlProducer.Schemas.GET_CROSS_REFERENCE_SCHEMA, listener);
  }

  @Override
  public void getStreamTypeInfo(
      FlightSql.CommandGetXdbcTypeInfo request,
      CallContext context,
      ServerStreamListener listener) {
    sendEmpty(FlightSqlProducer.Schemas.GET_TYPE_INFO_SCHEMA, listener);
  }

  /** This server answers every call itself: one endpoint, whose ticket is the request. */
  @Override
  protected <T extends Message> List<FlightEndpoint> determineEndpoints(
      T request, FlightDescriptor descriptor, Schema schema) {
    return List.of(new FlightEndpoint(new Ticket(Any.pack(request).toByteArray())));
  }

  @Override
  public void close() {
    statements.clear();
    prepared.clear();
  }

  // ---- helpers

  /** Plans the query in the guarded session (no job runs); a refusal or bad SQL is the client's. */
  private Dataset<Row> plan(String query) {
    if (query == null || query.isBlank()) {
      throw CallStatus.INVALID_ARGUMENT.withDescription("empty query").toRuntimeException();
    }
    try {
      catalog.refresh();
      ReadOnlyGuard.checkText(spark, query);
      return spark.sql(query);
    } catch (Exception e) { // Spark also throws checked exceptions (SparkException) from Scala
      throw clientError(e);
    }
  }

  private void stream(Dataset<Row> ds, ServerStreamListener listener) {
    Schema schema = arrowSchema(ds.schema());
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      listener.start(root);
      VectorLoader loader = new VectorLoader(root);
      Iterator<byte[]> batches =
          ((org.apache.spark.sql.classic.Dataset<Row>) ds)
              .toArrowBatchRdd()
              .toJavaRDD()
              .toLocalIterator();
      while (batches.hasNext()) {
        byte[] bytes = batches.next();
        try (ArrowRecordBatch batch =
            MessageSerializer.deserializeRecordBatch(
                new ReadChannel(Channels.newChannel(new ByteArrayInputStream(bytes))), allocator)) {
          loader.load(batch);
        }
        while (!listener.isReady() && !listener.isCancelled()) {
          Thread.sleep(1);
        }
        if (listener.isCancelled()) {
          return;
        }
        listener.putNext();
      }
      listener.completed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      listener.error(CallStatus.CANCELLED.withDescription("server stopping").toRuntimeException());
    } catch (Exception e) {
      listener.error(clientError(e));
    }
  }

  private Schema arrowSchema(StructType schema) {
    String tz = spark.conf().get("spark.sql.session.timeZone");
    boolean large =
        Boolean.parseBoolean(
            spark.conf().get("spark.sql.execution.arrow.useLargeVarTypes", "false"));
    return ArrowUtils.toArrowSchema(schema, tz, true, large);
  }

  private String preparedText(ByteString handle) {
    String text = prepared.get(handle);
    if (text == null) {
      throw CallStatus.NOT_FOUND
          .withDescription("unknown or closed prepared statement")
          .toRuntimeException();
    }
    return text;
  }

  private static <V> void remember(Map<ByteString, V> open, ByteString handle, V value) {
    if (open.size() >= MAX_OPEN_STATEMENTS) {
      throw CallStatus.RESOURCE_EXHAUSTED
          .withDescription(
              "more than " + MAX_OPEN_STATEMENTS + " statements open: close prepared statements")
          .toRuntimeException();
    }
    open.put(handle, value);
  }

  private static ByteString newHandle() {
    return ByteString.copyFrom(UUID.randomUUID().toString(), StandardCharsets.UTF_8);
  }

  private static boolean catalogMatches(String requested) {
    return requested == null || requested.isEmpty() || requested.equals(WarehouseCatalog.CATALOG);
  }

  /** A SQL LIKE pattern ({@code %}, {@code _}, backslash escapes) as a regex; null matches all. */
  static Pattern like(String pattern) {
    if (pattern == null) {
      return Pattern.compile("(?s).*");
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile("(?s)" + re);
  }

  private void sendRows(
      Schema schema,
      List<String[]> rows,
      BiConsumer<VectorSchemaRoot, Integer> more,
      ServerStreamListener listener) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      root.allocateNew();
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        for (int c = 0; c < r.length; c++) {
          ((VarCharVector) root.getVector(c)).setSafe(i, r[c].getBytes(StandardCharsets.UTF_8));
        }
        more.accept(root, i);
      }
      root.setRowCount(rows.size());
      listener.start(root);
      listener.putNext();
      listener.completed();
    } catch (RuntimeException e) {
      listener.error(clientError(e));
    }
  }

  private void sendEmpty(Schema schema, ServerStreamListener listener) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      listener.start(root);
      listener.completed();
    }
  }

  private static byte[] serialize(Schema schema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MessageSerializer.serialize(new WriteChannel(Channels.newChannel(out)), schema);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static RuntimeException readOnly() {
    return CallStatus.INVALID_ARGUMENT
        .withDescription("read-only: this server does not take updates")
        .toRuntimeException();
  }

  /** What the client is told: its own mistakes in full, the server's in one line. */
  static RuntimeException clientError(Throwable e) {
    if (e instanceof org.apache.arrow.flight.FlightRuntimeException f) {
      return f;
    }
    ReadOnlyGuard.Refused refused = ReadOnlyGuard.refusalIn(e);
    if (refused != null) {
      LOG.info("refused: {}", refused.getMessage());
      return CallStatus.INVALID_ARGUMENT.withDescription(refused.getMessage()).toRuntimeException();
    }
    if (e instanceof AnalysisException) {
      return CallStatus.INVALID_ARGUMENT.withDescription(e.getMessage()).toRuntimeException();
    }
    LOG.warn("query failed", e);
    return CallStatus.INTERNAL.withDescription(firstLine(e)).withCause(e).toRuntimeException();
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
