package org.msmepulse.stages.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.msmepulse.warehouse.ArticleColumns.GAZETTEER_HASH;
import static org.msmepulse.warehouse.ArticleColumns.REGIONS;
import static org.msmepulse.warehouse.ArticleColumns.SCHEMES;
import static org.msmepulse.warehouse.ArticleColumns.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.gazetteer.RegionMention;
import org.msmepulse.core.gazetteer.SchemeMention;
import org.msmepulse.stages.SharedCore;

/**
 * Adds the schemes and regions each article names, as nested columns {@code schemes} and {@code
 * regions} (one pass over the text serves both matchers), and the hash of the gazetteers they were
 * matched with ({@code gazetteer_hash}). The gazetteers arrive by broadcast.
 */
public final class ArticleMentions {
  private ArticleMentions() {}

  public static final StructType SCHEME =
      new StructType()
          .add("scheme_code", DataTypes.StringType, false)
          .add("mentions", DataTypes.IntegerType, false)
          .add("surface_forms", DataTypes.createArrayType(DataTypes.StringType))
          .add("evidence", DataTypes.StringType)
          .add("fuzzy", DataTypes.BooleanType);

  public static final StructType REGION =
      new StructType()
          .add("state_code", DataTypes.StringType, false)
          .add("district_code", DataTypes.StringType)
          .add("district_name_en", DataTypes.StringType)
          .add("mentions", DataTypes.IntegerType, false)
          .add("surface_forms", DataTypes.createArrayType(DataTypes.StringType))
          .add("evidence", DataTypes.StringType);

  static final StructType RESULT =
      new StructType()
          .add("schemes", DataTypes.createArrayType(SCHEME))
          .add("regions", DataTypes.createArrayType(REGION));

  public static Dataset<Row> of(
      Dataset<Row> articles, Broadcast<SharedCore.Gazetteers> gazetteers) {
    UserDefinedFunction extract =
        udf(
            (UDF1<String, Row>)
                text -> {
                  ArticleExtractor x = SharedCore.extractor(gazetteers);
                  ArticleExtractor.Extraction e = x.extract(text == null ? "" : text);
                  List<Row> schemes = new ArrayList<>();
                  for (SchemeMention s : e.schemes()) {
                    schemes.add(
                        RowFactory.create(
                            s.code(),
                            s.mentions(),
                            s.surfaceForms().toArray(new String[0]),
                            s.evidence(),
                            s.fuzzy()));
                  }
                  List<Row> regions = new ArrayList<>();
                  for (RegionMention r : e.regions()) {
                    regions.add(
                        RowFactory.create(
                            r.region().stateCode(),
                            r.region().districtCode(),
                            r.region().districtNameEn(),
                            r.mentions(),
                            r.surfaceForms().toArray(new String[0]),
                            r.evidence()));
                  }
                  return RowFactory.create(
                      schemes.toArray(new Row[0]), regions.toArray(new Row[0]));
                },
            RESULT);
    return articles
        .withColumn("x", extract.apply(col(TEXT)))
        .withColumn(SCHEMES, col("x.schemes"))
        .withColumn(REGIONS, col("x.regions"))
        .withColumn(GAZETTEER_HASH, lit(gazetteers.value().hash()))
        .drop("x");
  }
}
