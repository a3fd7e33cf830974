package org.msmepulse.stages;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.text.ArticleCleaner;

/**
 * Stage 2: cleans each record's text ({@link ArticleCleaner}: canonical form, site chrome and
 * repeated sentences removed), decides whether it is an article or goes to quarantine
 * ({@code reject_reason}), and gives it its ids: {@code article_id} is the record's id, else a
 * stable hash of the cleaned text; {@code content_hash} compares texts for exact duplicates
 * (letters and digits only, so spacing and punctuation differences do not hide a copy).
 */
public final class Prepare {
  private Prepare() {}

  static final StructType CLEANED = new StructType()
      .add("text", DataTypes.StringType)
      .add("first_line", DataTypes.StringType)
      .add("boilerplate_lines", DataTypes.IntegerType)
      .add("repeated_sentences", DataTypes.IntegerType)
      .add("has_devanagari", DataTypes.BooleanType)
      .add("too_long", DataTypes.BooleanType);

  public static Dataset<Row> apply(Dataset<Row> raw, JobConfig cfg) {
    final int maxChars = cfg.maxArticleChars;
    final int minRepeat = cfg.minRepeatChars;
    UserDefinedFunction clean = udf((UDF1<String, Row>) text -> {
      if (text == null) {
        return null;
      }
      if (text.length() > maxChars) {
        return RowFactory.create(null, null, 0, 0, false, true);
      }
      ArticleCleaner.Cleaned c = CoreObjects.cleaner(minRepeat).clean(text);
      String t = c.text();
      int nl = t.indexOf('\n');
      String first = nl < 0 ? t : t.substring(0, nl);
      if (first.length() > 200) {
        first = first.substring(0, 200);
      }
      return RowFactory.create(t, first, c.boilerplateLines(), c.repeatedSentences(), hasDevanagari(t), false);
    }, CLEANED);

    Dataset<Row> d = raw.withColumn("cleaned", clean.apply(col("text")));
    org.apache.spark.sql.Column reason = coalesce(col("error"),
        when(col("text").isNull(), lit("record has no text")),
        when(col("cleaned.too_long"), lit("article over " + maxChars + " characters")),
        when(col("cleaned.text").equalTo(""), lit("no text left after cleaning")),
        cfg.quarantineNonDevanagari
            ? when(col("cleaned.has_devanagari").equalTo(false), lit("no Devanagari text"))
            : lit(null).cast("string"));
    return d
        .withColumn("reject_reason", reason)
        .withColumn("raw_excerpt", coalesce(col("raw_excerpt"), substring(col("text"), 1, 200)))
        .withColumn("clean_text", col("cleaned.text"))
        .withColumn("title", coalesce(col("title"), col("cleaned.first_line")))
        .withColumn("language", when(col("cleaned.has_devanagari"), lit("hi")).otherwise(lit("non-devanagari")))
        .withColumn("boilerplate_lines", col("cleaned.boilerplate_lines"))
        .withColumn("repeated_sentences", col("cleaned.repeated_sentences"))
        .withColumn("content_hash", sha2(lower(regexp_replace(col("cleaned.text"), "[^\\p{L}\\p{M}\\p{Nd}]+", "")), 256))
        .withColumn("article_id", coalesce(col("id"), substring(sha2(col("cleaned.text"), 256), 1, 16)))
        .drop("cleaned", "text", "error");
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
