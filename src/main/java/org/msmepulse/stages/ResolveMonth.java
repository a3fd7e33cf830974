package org.msmepulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.dates.MonthResolution;
import org.msmepulse.core.dates.MonthResolver;

/**
 * Stage 3: each article's month ({@link MonthResolver}: metadata, else dateline, else a date in the
 * text) with its source and evidence, and {@code published} as a date when the metadata holds one.
 */
public final class ResolveMonth {
  private ResolveMonth() {}

  static final StructType RESULT = new StructType()
      .add("month", DataTypes.StringType)
      .add("month_source", DataTypes.StringType)
      .add("month_evidence", DataTypes.StringType)
      .add("published_date", DataTypes.DateType);

  public static Dataset<Row> apply(Dataset<Row> articles) {
    UserDefinedFunction resolve = udf((UDF2<String, String, Row>) (published, text) -> {
      MonthResolution m = MonthResolver.resolve(published, text);
      return RowFactory.create(m.month(), m.source(), m.evidence(), publishedDate(published));
    }, RESULT);
    return articles
        .withColumn("m", resolve.apply(col("published"), col("clean_text")))
        .withColumn("month", col("m.month"))
        .withColumn("month_source", col("m.month_source"))
        .withColumn("month_evidence", col("m.month_evidence"))
        .withColumn("published", col("m.published_date"))
        .drop("m");
  }

  static Date publishedDate(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return Date.valueOf(LocalDate.parse(published.strip().substring(0, 10)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
