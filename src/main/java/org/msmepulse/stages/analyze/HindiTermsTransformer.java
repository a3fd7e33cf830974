package org.msmepulse.stages.analyze;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The Devanagari text analysis ({@link ArticleTerms}: normalize, tokenize, fold, stopwords, stem)
 * as an MLlib Transformer, so the saved topic {@code PipelineModel} goes from cleaned text to topic
 * weights and can score new articles on its own: text column in, {@code terms} (in text order) and
 * {@code token_count} out. Saves and loads with the pipeline (DefaultParamsWritable).
 */
public final class HindiTermsTransformer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  private final String uid;
  private final Param<String> inputCol;

  public HindiTermsTransformer() {
    this(Identifiable$.MODULE$.randomUID("hindiTerms"));
  }

  public HindiTermsTransformer(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(this, "inputCol", "the column of cleaned article text");
    setDefault(inputCol, "text");
  }

  /** Spark finds params through public no-argument methods returning a Param. */
  public Param<String> inputCol() {
    return inputCol;
  }

  public HindiTermsTransformer setInputCol(String value) {
    set(inputCol, value);
    return this;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    return ArticleTerms.tokens(dataset.toDF(), $(inputCol));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String in = $(inputCol);
    if (!java.util.Arrays.asList(schema.fieldNames()).contains(in)) {
      throw new IllegalArgumentException(
          "HindiTermsTransformer: input column '" + in + "' is missing");
    }
    StructType out = schema;
    for (var f : ArticleTerms.TOKENS.fields()) {
      out = out.add(f);
    }
    return out;
  }

  @Override
  public HindiTermsTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** Called by MLlib's loaders (PipelineModel.load) through reflection. */
  public static MLReader<HindiTermsTransformer> read() {
    return new DefaultParamsReader<>();
  }

  public static HindiTermsTransformer load(String path) {
    return read().load(path);
  }
}
