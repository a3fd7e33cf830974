package org.msmepulse.stages.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * What a Parquet file's footer says, read before the data: whether the file is Parquet at all (a
 * cut file or another format named .parquet has no valid footer, and Spark's reader would fail the
 * whole job on it) and whether its {@code text} column is there and holds strings. One small read
 * at the file's end; the footers of all files are read in parallel on the executors.
 */
public final class ParquetFiles {
  private ParquetFiles() {}

  /**
   * A file's footer check: {@code schema} (the Parquet schema, as text) when the file can be read,
   * else {@code unreadable} (the reason) and {@code excerpt} (its first bytes). {@code badText}
   * says what is wrong with its text column, if anything.
   */
  public record Footer(
      String file, String schema, String badText, String unreadable, String excerpt)
      implements Serializable {}

  public static Footer check(String file, Configuration conf) {
    Path path = new Path(file);
    MessageType schema;
    try {
      String notParquet = magic(path, conf);
      if (notParquet != null) {
        return new Footer(
            file, null, null, "unreadable Parquet file: " + notParquet, firstBytes(path, conf));
      }
      @SuppressWarnings("deprecation")
      MessageType s =
          ParquetFileReader.readFooter(conf, path, ParquetMetadataConverter.NO_FILTER)
              .getFileMetaData()
              .getSchema();
      schema = s;
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
      return new Footer(
          file,
          null,
          null,
          "unreadable Parquet file: " + e.getClass().getSimpleName() + ": " + message,
          firstBytes(path, conf));
    }
    String badText = null;
    if (!schema.containsField("text")) {
      badText =
          "has no 'text' column (its columns: "
              + String.join(", ", schema.getFields().stream().map(Type::getName).toList())
              + ")";
    } else {
      Type t = schema.getType("text");
      if (!t.isPrimitive()
          || t.isRepetition(Type.Repetition.REPEATED)
          || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
        badText = "has a 'text' column that is not a string: " + t.toString().trim();
      }
    }
    return new Footer(file, schema.toString(), badText, null, null);
  }

  /**
   * Why the file cannot be Parquet, from its first and last four bytes (a Parquet file starts and
   * ends with "PAR1"), or null. Checked first: the Parquet reader's own messages for these cases
   * are misleading (a text file's last bytes read as a "footer is too large").
   */
  private static String magic(Path path, Configuration conf) throws IOException {
    org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
    long length = fs.getFileStatus(path).getLen();
    if (length < 12) {
      return "not a Parquet file (" + length + " bytes, too short)";
    }
    byte[] head = new byte[4];
    byte[] tail = new byte[4];
    try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(path)) {
      in.readFully(0, head);
      in.readFully(length - 4, tail);
    }
    byte[] par1 = "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (!java.util.Arrays.equals(head, par1)) {
      return "not a Parquet file (it does not start with PAR1)";
    }
    if (!java.util.Arrays.equals(tail, par1)) {
      return "cut short or damaged (it starts as Parquet but does not end with PAR1)";
    }
    return null;
  }

  /**
   * The file's first bytes, printable: UTF-8 text as text, other bytes as \xNN, for the quarantine
   * excerpt ("" when even they cannot be read).
   */
  private static String firstBytes(Path path, Configuration conf) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      byte[] b = in.readNBytes(200);
      // as UTF-8 where it is (a text file misnamed), the other bytes as \xNN
      String s;
      try (ByteEscapingReader r =
          new ByteEscapingReader(
              new java.io.ByteArrayInputStream(b), java.nio.charset.StandardCharsets.UTF_8)) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[256];
        for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
          sb.append(buf, 0, n);
        }
        s = sb.toString();
      }
      StringBuilder out = new StringBuilder();
      ByteEscapingReader.visible(s)
          .codePoints()
          .forEach(
              c -> {
                if ((c < 0x20 || c == 0x7F) && c != '\n' && c != '\t') {
                  out.append(String.format("\\x%02X", c)); // an ASCII control character: one byte
                } else {
                  out.appendCodePoint(c);
                }
              });
      return RecordDecoding.excerpt(out.toString());
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
