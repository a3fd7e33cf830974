package org.msmepulse.stages.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msmepulse.core.gazetteer.Region;
import org.msmepulse.core.gazetteer.RegionGazetteer;
import org.msmepulse.core.gazetteer.Scheme;
import org.msmepulse.core.gazetteer.SchemeGazetteer;

/** Small name tables from the gazetteers, joined into the monthly tables. */
public final class NameTables {
  private NameTables() {}

  public static Dataset<Row> schemes(SparkSession spark, SchemeGazetteer g) {
    List<Row> rows = new ArrayList<>();
    for (Scheme s : g.schemes()) {
      rows.add(RowFactory.create(s.code(), s.nameEn(), s.nameHi(), s.level()));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("scheme_code", DataTypes.StringType)
            .add("scheme_name_en", DataTypes.StringType)
            .add("scheme_name_hi", DataTypes.StringType)
            .add("scheme_level", DataTypes.StringType));
  }

  public static Dataset<Row> states(SparkSession spark, RegionGazetteer g) {
    List<Row> rows = new ArrayList<>();
    for (Region r : g.states()) {
      rows.add(RowFactory.create(r.stateCode(), r.stateNameEn(), r.stateNameHi()));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("state_code", DataTypes.StringType)
            .add("state_name_en", DataTypes.StringType)
            .add("state_name_hi", DataTypes.StringType));
  }

  public static Dataset<Row> districts(SparkSession spark, RegionGazetteer g) {
    List<Row> rows = new ArrayList<>();
    for (Region r : g.districts()) {
      rows.add(RowFactory.create(r.districtCode(), r.districtNameEn(), r.districtNameHi()));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("district_code", DataTypes.StringType)
            .add("district_name_en", DataTypes.StringType)
            .add("district_name_hi", DataTypes.StringType));
  }
}
