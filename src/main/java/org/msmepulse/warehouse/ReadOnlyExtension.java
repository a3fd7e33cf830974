package org.msmepulse.warehouse;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The Spark session extension (in {@code spark.sql.extensions}) that installs {@link
 * ReadOnlyGuard}'s check on every analysed plan. It does nothing until a session turns the guard
 * on.
 */
public final class ReadOnlyExtension extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  @Override
  public BoxedUnit apply(SparkSessionExtensions ext) {
    ext.injectCheckRule(new Rule());
    return BoxedUnit.UNIT;
  }

  private static final class Rule
      extends AbstractFunction1<SparkSession, scala.Function1<LogicalPlan, BoxedUnit>> {
    @Override
    public scala.Function1<LogicalPlan, BoxedUnit> apply(SparkSession spark) {
      return new AbstractFunction1<>() {
        @Override
        public BoxedUnit apply(LogicalPlan plan) {
          ReadOnlyGuard.check(spark, plan);
          return BoxedUnit.UNIT;
        }
      };
    }
  }
}
