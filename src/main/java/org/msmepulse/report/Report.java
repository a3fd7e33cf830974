package org.msmepulse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;

/** Writes the report into a folder: one PNG per chart and {@value #PAGE}, which embeds them all. */
public final class Report {
  public static final String PAGE = "report.html";

  private Report() {}

  /** What was written: the page and the PNG files. */
  public record Written(Path page, List<Path> charts) {}

  /** A figure as PNG bytes. */
  public static byte[] png(Charts.Figure f) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    ImageIO.write(BitmapEncoder.getBufferedImage(f.chart()), "png", bytes);
    return bytes.toByteArray();
  }

  public static Written write(ReportData data, Path outDir) {
    try {
      Files.createDirectories(outDir);
      List<HtmlReport.Image> images = new ArrayList<>();
      List<Path> pngs = new ArrayList<>();
      for (Charts.Figure f : Charts.all(data)) {
        byte[] png = png(f);
        Path file = outDir.resolve(f.file());
        Files.write(file, png);
        pngs.add(file);
        images.add(new HtmlReport.Image(f, png));
      }
      Path page = outDir.resolve(PAGE);
      Files.writeString(page, HtmlReport.render(data, images), StandardCharsets.UTF_8);
      return new Written(page, List.copyOf(pngs));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report into " + outDir + ": " + e.getMessage(), e);
    }
  }
}
