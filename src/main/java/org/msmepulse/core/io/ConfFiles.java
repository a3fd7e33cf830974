package org.msmepulse.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the project's reference files (gazetteers, stopwords, folds) by their path under {@code
 * conf/}.
 *
 * <p>A local run reads them from the directory named by the system property {@code msme.conf.dir}
 * (the launcher points it at the checkout's {@code conf/}); otherwise, as under {@code
 * spark-submit}, from the copy packed into the job jar under {@code conf/}. An absolute path or
 * URI-less file path is read as a file.
 */
public final class ConfFiles {
  public static final String CONF_DIR_PROPERTY = "msme.conf.dir";

  private ConfFiles() {}

  public static BufferedReader open(String relativeOrAbsolute) {
    try {
      Path direct = Path.of(relativeOrAbsolute);
      if (direct.isAbsolute() && Files.isRegularFile(direct)) {
        return Files.newBufferedReader(direct, StandardCharsets.UTF_8);
      }
      String dir = System.getProperty(CONF_DIR_PROPERTY);
      if (dir != null) {
        Path p = Path.of(dir).resolve(relativeOrAbsolute);
        if (Files.isRegularFile(p)) {
          return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        }
      }
      InputStream in =
          ConfFiles.class.getClassLoader().getResourceAsStream("conf/" + relativeOrAbsolute);
      if (in == null) {
        throw new IllegalArgumentException("reference file not found: conf/" + relativeOrAbsolute);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/" + relativeOrAbsolute, e);
    }
  }

  /** Non-blank lines that are not comments ({@code #}), trimmed. */
  public static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = open(path)) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf/" + path, e);
    }
    return out;
  }
}
