package org.msmepulse.stages.prepare;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every case of {@link ArticleChangesTest} with the batch compared by a join with the stored keys
 * (as batches above {@link ArticleChanges#DRIVER_LIMIT} are) instead of in the driver.
 */
class ArticleChangesByJoinTest extends ArticleChangesTest {
  private int before;

  @BeforeEach
  void byJoin() {
    before = ArticleChanges.driverLimit;
    ArticleChanges.driverLimit = 0;
  }

  @AfterEach
  void back() {
    ArticleChanges.driverLimit = before;
  }
}
