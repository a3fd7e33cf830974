package org.msmepulse.stages.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads one CSV file into rows, with the same parser (univocity) and settings Spark's CSV reader
 * uses with {@code header, multiLine, escape="}: each file's first record is its header, quoted
 * fields may hold line ends, empty fields are null, and a record with the wrong number of fields
 * keeps what fits and its raw text as the "corrupt record". Read here rather than by Spark because
 * Spark decodes with a lenient decoder that turns bad bytes into U+FFFD without a word; here the
 * bytes go through a {@link ByteEscapingReader} in the file's own encoding (a byte order mark picks
 * UTF-8, UTF-16LE or UTF-16BE; none means UTF-8), so a record holding bad bytes is found in the
 * same single pass and reported by itself, and the file's other records are read as usual.
 *
 * <p>Each row holds the header's fields (positionally, as Spark does: the first file's header names
 * the columns of all), then {@link #INTERNAL}. A file that cannot be read on (a cut .gz, a parser
 * limit) ends with one row saying so, after the records read before the failure.
 */
public final class CsvFiles {
  public static final String CORRUPT = "_corrupt_record";

  /**
   * Why a record could not be read (bad bytes, or the file stopped being readable), and its
   * excerpt.
   */
  public static final String READ_ERROR = "_read_error";

  public static final String READ_EXCERPT = "_read_excerpt";
  public static final String FILE = "_file";
  public static final List<String> INTERNAL = List.of(CORRUPT, READ_ERROR, READ_EXCERPT, FILE);

  private CsvFiles() {}

  /** Spark's CSVOptions.asParserSettings for our options (header, multiLine, escape="). */
  static CsvParserSettings settings() {
    CsvParserSettings s = new CsvParserSettings();
    s.getFormat().setDelimiter(',');
    s.getFormat().setQuote('"');
    s.getFormat().setQuoteEscape('"');
    s.setCommentProcessingEnabled(false);
    s.setIgnoreLeadingWhitespaces(false);
    s.setIgnoreTrailingWhitespaces(false);
    s.setReadInputOnSeparateThread(false);
    s.setMaxColumns(20480);
    s.setNullValue("");
    s.setEmptyValue("");
    s.setMaxCharsPerColumn(-1);
    s.setUnescapedQuoteHandling(UnescapedQuoteHandling.STOP_AT_DELIMITER);
    s.setLineSeparatorDetectionEnabled(true);
    return s;
  }

  /** An open CSV file: its encoding and a parser positioned at its first record (the header). */
  private static final class Open {
    final Charset charset;
    final CsvParser parser;

    Open(Path path, Configuration conf) throws IOException {
      InputStream in = InputFileStreams.open(path, conf);
      try {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        Charset cs = Utf16Lines.charsetOfBom(b0, b1);
        if (cs != null) {
          in.skip(2);
        } else {
          cs = StandardCharsets.UTF_8;
          if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skip(3);
          }
        }
        this.charset = cs;
        this.parser = new CsvParser(settings());
        parser.beginParsing(new ByteEscapingReader(in, cs));
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }
  }

  /**
   * The column names of a file's header, made unique as Spark makes them (an empty name becomes
   * _cN, a repeated one gets its position appended), or null when the file has no records at all. A
   * header that is not valid in its encoding fails: it names every column.
   */
  public static String[] header(String file, Configuration conf) {
    Open f;
    try {
      f = new Open(new Path(file), conf);
    } catch (IOException e) {
      throw new InputFormat.InputException(
          "cannot read input file " + file + ": " + e.getMessage());
    }
    String[] row;
    try {
      row = f.parser.parseNext();
    } finally {
      f.parser.stopParsing();
    }
    if (row == null) {
      return null;
    }
    for (String name : row) {
      if (ByteEscapingReader.hasEscapes(name)) {
        throw new InputFormat.InputException(
            "the CSV header of "
                + file
                + " is not valid "
                + f.charset.name()
                + ": "
                + RecordDecoding.excerpt(
                    ByteEscapingReader.visible(String.join(",", nonNull(row)))));
      }
    }
    List<String> lower = new ArrayList<>();
    for (String name : row) {
      if (name != null) {
        lower.add(name.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> repeated =
        lower.stream()
            .filter(n -> lower.indexOf(n) != lower.lastIndexOf(n))
            .collect(Collectors.toSet());
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      String name = row[i];
      if (name == null || name.isEmpty()) {
        out[i] = "_c" + i;
      } else if (repeated.contains(name.toLowerCase(Locale.ROOT))) {
        out[i] = name + i;
      } else {
        out[i] = name;
      }
    }
    return out;
  }

  /**
   * The reason a file stopped being readable: the root cause's class and the first line of its
   * message.
   */
  private static String failure(Exception e) {
    Throwable cause =
        e; // univocity's own exception only says "Error reading from input": name the root cause
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").trim();
    return "unreadable CSV file: " + cause.getClass().getSimpleName() + ": " + message;
  }

  private static Row failureRow(String file, int width, String failure) {
    Object[] values = new Object[width + INTERNAL.size()];
    values[width + 1] = failure;
    values[width + 2] = RecordDecoding.excerpt(failure + " (in " + file + ")");
    values[width + 3] = file;
    return RowFactory.create(values);
  }

  private static List<String> nonNull(String[] row) {
    List<String> out = new ArrayList<>();
    for (String s : row) {
      out.add(s == null ? "" : s);
    }
    return out;
  }

  /**
   * The records of one file after its header, read lazily, as rows of {@code width} fields and the
   * four internal columns. The file is closed at its end, and in a Spark task also when the task
   * ends (a task stopped early must not leave it open).
   */
  public static Iterator<Row> rows(String file, Configuration conf, int width) {
    Open f;
    try {
      f = new Open(new Path(file), conf);
    } catch (IOException | RuntimeException e) {
      return List.of(failureRow(file, width, failure(e))).iterator();
    }
    org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) ctx -> f.parser.stopParsing());
    }
    String reason =
        f.charset.equals(StandardCharsets.UTF_8) ? "invalid UTF-8" : "invalid " + f.charset.name();
    return new Iterator<>() {
      private String failure;
      private String[] next = advance() == null ? null : advance(); // skips the header

      private String[] advance() {
        try {
          return f.parser.parseNext(); // at the end, univocity closes the input itself
        } catch (RuntimeException e) { // univocity wraps I/O errors in its own unchecked exceptions
          f.parser.stopParsing();
          failure = failure(e);
          return null;
        }
      }

      @Override
      public boolean hasNext() {
        return next != null || failure != null;
      }

      @Override
      public Row next() {
        if (next == null && failure != null) {
          Row r = failureRow(file, width, failure);
          failure = null;
          return r;
        }
        if (next == null) {
          throw new NoSuchElementException();
        }
        String[] tokens = next;
        Object[] values = new Object[width + INTERNAL.size()];
        boolean badBytes = false;
        for (int i = 0; i < width && i < tokens.length; i++) {
          String t = tokens[i];
          badBytes |= ByteEscapingReader.hasEscapes(t);
          values[i] = t == null || t.isEmpty() ? null : ByteEscapingReader.replaced(t);
        }
        for (int i = width; i < tokens.length && !badBytes; i++) {
          badBytes = ByteEscapingReader.hasEscapes(tokens[i]);
        }
        String raw = null;
        if (badBytes || tokens.length != width) {
          raw = f.parser.getContext().currentParsedContent();
          raw =
              raw == null
                  ? ""
                  : raw.replaceFirst("(\r\n|\n|\r)\\z", ""); // Scala's stripLineEnd, as Spark
        }
        if (tokens.length != width) {
          values[width] =
              ByteEscapingReader.replaced(raw); // Spark: a malformed record keeps its raw text
        }
        if (badBytes) {
          values[width + 1] = reason;
          values[width + 2] = RecordDecoding.excerpt(ByteEscapingReader.visible(raw));
        }
        values[width + 3] = file;
        next = advance();
        return RowFactory.create(values);
      }
    };
  }
}
