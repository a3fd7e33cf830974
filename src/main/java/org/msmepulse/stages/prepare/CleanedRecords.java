package org.msmepulse.stages.prepare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.msmepulse.warehouse.ArticleColumns.ARTICLE_ID;
import static org.msmepulse.warehouse.ArticleColumns.BOILERPLATE_LINES;
import static org.msmepulse.warehouse.ArticleColumns.CONTENT_HASH;
import static org.msmepulse.warehouse.ArticleColumns.LANGUAGE;
import static org.msmepulse.warehouse.ArticleColumns.PUBLISHED_RAW;
import static org.msmepulse.warehouse.ArticleColumns.RAW_EXCERPT;
import static org.msmepulse.warehouse.ArticleColumns.REJECT_REASON;
import static org.msmepulse.warehouse.ArticleColumns.REPEATED_SENTENCES;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;
import static org.msmepulse.warehouse.ArticleColumns.TITLE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.text.ArticleCleaner;
import org.msmepulse.core.text.Captions;
import org.msmepulse.stages.SharedCore;

/**
 * Raw records to cleaned records: {@code text} becomes the cleaned text ({@link ArticleCleaner}:
 * canonical form, site chrome and repeated sentences removed); {@code reject_reason} says why a
 * record goes to quarantine (null for an article); {@code article_id} is the record's id, else a
 * stable hash of the cleaned text; {@code content_hash} compares texts for exact duplicates
 * (letters and digits only, so spacing and punctuation do not hide a copy). The input's {@code
 * published} string becomes {@code published_raw}.
 */
public final class CleanedRecords {
  private CleanedRecords() {}

  static final StructType CLEANED =
      new StructType()
          .add("text", DataTypes.StringType)
          .add("first_line", DataTypes.StringType)
          .add("boilerplate_lines", DataTypes.IntegerType)
          .add("repeated_sentences", DataTypes.IntegerType)
          .add("has_devanagari", DataTypes.BooleanType)
          .add("too_long", DataTypes.BooleanType);

  public static Dataset<Row> of(Dataset<Row> raw, JobConfig cfg) {
    final int maxChars = cfg.maxArticleChars;
    final int minRepeat = cfg.minRepeatChars;
    UserDefinedFunction clean =
        udf(
            (UDF1<String, Row>)
                text -> {
                  if (text == null) {
                    return null;
                  }
                  if (text.length() > maxChars) {
                    return RowFactory.create(null, null, 0, 0, false, true);
                  }
                  ArticleCleaner.Cleaned c = SharedCore.cleaner(minRepeat).clean(text);
                  String t = c.text();
                  int nl = t.indexOf('\n');
                  String first = nl < 0 ? t : t.substring(0, nl);
                  if (first.length() > 200) {
                    first = first.substring(0, 200);
                  }
                  return RowFactory.create(
                      t,
                      first,
                      c.boilerplateLines(),
                      c.repeatedSentences(),
                      hasDevanagari(t),
                      false);
                },
            CLEANED);

    // a caption for a title gives way to the headline that opens the text
    UserDefinedFunction titleOf =
        udf((UDF2<String, String, String>) Captions::title, DataTypes.StringType);

    Column reason =
        coalesce(
            col("error"),
            when(col("text").isNull(), lit("record has no text")),
            when(col("cleaned.too_long"), lit("article over " + maxChars + " characters")),
            when(col("cleaned.text").equalTo(""), lit("no text left after cleaning")),
            cfg.quarantineNonDevanagari
                ? when(col("cleaned.has_devanagari").equalTo(false), lit("no Devanagari text"))
                : lit(null).cast("string"));
    return raw.withColumn("cleaned", clean.apply(col("text")))
        .withColumn(REJECT_REASON, reason)
        .withColumn(RAW_EXCERPT, coalesce(col(RAW_EXCERPT), substring(col("text"), 1, 200)))
        .withColumn(TEXT, col("cleaned.text"))
        .withColumn(TITLE, titleOf.apply(col(TITLE), col("cleaned.first_line")))
        .withColumn(
            LANGUAGE,
            when(col("cleaned.has_devanagari"), lit("hi")).otherwise(lit("non-devanagari")))
        .withColumn(BOILERPLATE_LINES, col("cleaned.boilerplate_lines"))
        .withColumn(REPEATED_SENTENCES, col("cleaned.repeated_sentences"))
        .withColumn(
            CONTENT_HASH,
            sha2(lower(regexp_replace(col(TEXT), "[^\\p{L}\\p{M}\\p{Nd}]+", "")), 256))
        .withColumn(ARTICLE_ID, coalesce(col("id"), substring(sha2(col(TEXT), 256), 1, 16)))
        .withColumnRenamed("published", PUBLISHED_RAW)
        .drop("cleaned", "error", "id");
  }

  private static boolean hasDevanagari(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0900' && c <= '\u097F') {
        return true;
      }
    }
    return false;
  }
}
