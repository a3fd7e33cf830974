package org.msmepulse.stages.tables;

import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The non-zero entries of an MLlib vector as an array of (index, value), for explode. */
final class VectorEntries {
  private VectorEntries() {}

  static final StructType ENTRY =
      new StructType()
          .add("index", DataTypes.IntegerType, false)
          .add("value", DataTypes.DoubleType, false);

  static UserDefinedFunction udf() {
    return functions.udf(
        (UDF1<Vector, Row[]>)
            v -> {
              if (v == null) {
                return new Row[0];
              }
              SparseVector s = v.toSparse();
              Row[] out = new Row[s.indices().length];
              for (int i = 0; i < out.length; i++) {
                out[i] = RowFactory.create(s.indices()[i], s.values()[i]);
              }
              return out;
            },
        DataTypes.createArrayType(ENTRY));
  }
}
