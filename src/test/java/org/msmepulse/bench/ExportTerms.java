package org.msmepulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.msmepulse.config.JobConfig;
import org.msmepulse.core.text.ArticleCleaner;
import org.msmepulse.core.text.TermAnalyzer;
import org.msmepulse.stages.SharedCore;

/**
 * Writes the job's terms per article (cleaning as in CleanedRecords, then {@link TermAnalyzer} as
 * in ArticleTerms) to a file of lines {@code id TAB term term ...}, so every topic-model peer in
 * bench/ sees the same tokens. Inputs: {@code sample} (the built-in sample), JSON Lines files, or
 * folders of {@code *.jsonl} or {@code *.txt} files (one article per text file, its name the id).
 *
 * <p>Usage: {@code ExportTerms OUT INPUT...}
 */
public final class ExportTerms {
  private ExportTerms() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ExportTerms OUT INPUT...");
    }
    JobConfig cfg = JobConfig.defaults();
    ArticleCleaner cleaner = SharedCore.cleaner(cfg.minRepeatChars);
    TermAnalyzer analyzer = SharedCore.analyzer();
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int a = 1; a < args.length; a++) {
        for (Source s : sources(args[a])) {
          if (s.jsonl) {
            try (BufferedReader r = s.open()) {
              String line;
              while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                  continue;
                }
                JsonNode o = json.readTree(line);
                n +=
                    write(
                        w,
                        o.path("id").asText("line" + n),
                        o.path("text").asText(""),
                        cleaner,
                        analyzer);
              }
            }
          } else {
            n +=
                write(
                    w, s.name, Files.readString(s.path, StandardCharsets.UTF_8), cleaner, analyzer);
          }
        }
      }
    }
    System.err.printf(
        "exported terms of %d articles to %s in %.1f s%n",
        n, args[0], (System.nanoTime() - t0) / 1e9);
  }

  private static int write(
      BufferedWriter w, String id, String text, ArticleCleaner cleaner, TermAnalyzer analyzer)
      throws IOException {
    String clean = cleaner.clean(text).text();
    if (clean.isEmpty()) {
      return 0; // the job quarantines these
    }
    List<String> terms = analyzer.analyze(clean).terms();
    w.write(id.replace('\t', ' '));
    w.write('\t');
    w.write(String.join(" ", terms));
    w.write('\n');
    return 1;
  }

  private record Source(String name, Path path, boolean jsonl, boolean resource) {
    BufferedReader open() throws IOException {
      return resource
          ? new BufferedReader(
              new InputStreamReader(
                  ExportTerms.class.getClassLoader().getResourceAsStream(name),
                  StandardCharsets.UTF_8))
          : Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
  }

  private static List<Source> sources(String arg) throws IOException {
    List<Source> out = new ArrayList<>();
    if (arg.equals("sample")) {
      out.add(new Source("sample/articles.jsonl", null, true, true));
      return out;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      try (Stream<Path> files = Files.list(p)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".jsonl")) {
            out.add(new Source(name, f, true, false));
          } else if (name.endsWith(".txt")) {
            out.add(new Source(name.substring(0, name.length() - 4), f, false, false));
          }
        }
      }
    } else {
      out.add(new Source(p.getFileName().toString(), p, true, false));
    }
    return out;
  }
}
