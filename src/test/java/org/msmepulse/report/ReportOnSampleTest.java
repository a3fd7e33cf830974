package org.msmepulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msmepulse.config.JobConfig;
import org.msmepulse.job.PulseJob;
import org.msmepulse.spark.SparkTestBase;
import org.msmepulse.warehouse.Warehouse;
import picocli.CommandLine;

/** {@code msme-pulse report} on a warehouse made from the built-in sample by the real job. */
class ReportOnSampleTest extends SparkTestBase {
  @TempDir static Path dir;
  static String wh;

  @BeforeAll
  static void runOnSample() {
    wh = dir.resolve("warehouse").toString();
    // fewer LDA iterations than the default: the report needs the tables, not the best topics
    new PulseJob(spark, JobConfig.defaults().with(Map.of("warehouse", wh, "topics.max_iter", "10")))
        .run(List.of(), null, false);
  }

  @Test
  void theCommandWritesChartsAndASelfContainedPage() throws Exception {
    Path out = dir.resolve("report");
    // ReportCommand is package-private in org.msmepulse.cli, like the other commands: run it
    // through picocli.
    Class<?> command = Class.forName("org.msmepulse.cli.ReportCommand");
    int status = new CommandLine(command).execute("--warehouse", wh, "--out", out.toString());
    assertThat(status).isZero();

    List<Path> pngs;
    try (Stream<Path> files = Files.list(out)) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    assertThat(pngs)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder(
            "schemes-by-month.png",
            "scheme-heatmap.png",
            "states-by-month.png",
            "states-ranked.png",
            "top-districts.png",
            "topic-shares.png");
    HtmlReportTest.assertCompleteReport(new Report.Written(out.resolve(Report.PAGE), pngs), 6);
  }

  @Test
  void theHindiDrawnFromTheSampleIsDisplayableByTheFontsInUse() {
    ReportData data = ReportQueries.load(spark, new Warehouse(spark, wh));
    assertThat(data.months()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(data.schemeTotals()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(data.stateTotals()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(data.topics()).isNotEmpty();
    assertThat(data.keywords()).isNotEmpty();
    // The names in the tables are the ones the charts draw
    assertThat(data.schemes())
        .extracting(ReportData.SchemeMonth::nameHi)
        .contains("एक जिला एक उत्पाद");
    for (Charts.Figure f : Charts.all(data)) {
      ChartsTest.assertFontsDisplay(f.chart());
    }
    // and the page's tables: keywords, topic labels and terms, district names
    for (ReportData.Keyword k : data.keywords()) {
      assertThat(DevanagariFont.canDisplayUpTo(k.display())).as(k.display()).isEqualTo(-1);
    }
    for (ReportData.Topic t : data.topics()) {
      assertThat(DevanagariFont.canDisplayUpTo(Labels.topic(t) + " " + String.join(" ", t.terms())))
          .isEqualTo(-1);
    }
    for (ReportData.RegionMonth r : data.regions()) {
      assertThat(DevanagariFont.canDisplayUpTo(Labels.state(r) + " " + Labels.district(r)))
          .isEqualTo(-1);
    }
  }

  @Test
  void aWarehouseWithoutTheTablesIsRefusedByName() {
    String empty = dir.resolve("empty").toString();
    assertThatThrownBy(() -> ReportQueries.load(spark, new Warehouse(spark, empty)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks table(s) articles, schemes_by_month")
        .hasMessageContaining("run 'msme-pulse run' first");
  }
}
