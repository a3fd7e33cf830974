package org.msmepulse.stages.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema every reader produces: one row per input record, whatever its format. A record that
 * could not be read as an article has {@code error} set (the quarantine reason) and an excerpt.
 * {@code record_source} names the record (file and zero-padded line or byte offset, or a row hash)
 * and sorts in input order: the earlier of two duplicates is the one kept.
 */
public final class RawRecords {
  private RawRecords() {}

  public static final StructType SCHEMA =
      new StructType()
          .add("record_source", DataTypes.StringType, false)
          .add("source_id", DataTypes.StringType)
          .add("id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("error", DataTypes.StringType)
          .add("raw_excerpt", DataTypes.StringType);
}
