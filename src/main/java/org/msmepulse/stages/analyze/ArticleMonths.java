package org.msmepulse.stages.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.msmepulse.warehouse.ArticleColumns.MONTH;
import static org.msmepulse.warehouse.ArticleColumns.MONTH_EVIDENCE;
import static org.msmepulse.warehouse.ArticleColumns.MONTH_SOURCE;
import static org.msmepulse.warehouse.ArticleColumns.PUBLISHED;
import static org.msmepulse.warehouse.ArticleColumns.PUBLISHED_RAW;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;

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
 * Adds each article's month ({@link MonthResolver}: metadata, else dateline, else a date in the
 * text) with its source and evidence, and {@code published}, the metadata date when it holds one.
 */
public final class ArticleMonths {
  private ArticleMonths() {}

  static final StructType RESULT =
      new StructType()
          .add("month", DataTypes.StringType)
          .add("month_source", DataTypes.StringType)
          .add("month_evidence", DataTypes.StringType)
          .add("published_date", DataTypes.DateType);

  public static Dataset<Row> of(Dataset<Row> articles) {
    UserDefinedFunction resolve =
        udf(
            (UDF2<String, String, Row>)
                (published, text) -> {
                  MonthResolution m = MonthResolver.resolve(published, text);
                  return RowFactory.create(
                      m.month(), m.source(), m.evidence(), publishedDate(published));
                },
            RESULT);
    return articles
        .withColumn("m", resolve.apply(col(PUBLISHED_RAW), col(TEXT)))
        .withColumn(MONTH, col("m.month"))
        .withColumn(MONTH_SOURCE, col("m.month_source"))
        .withColumn(MONTH_EVIDENCE, col("m.month_evidence"))
        .withColumn(PUBLISHED, col("m.published_date"))
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
