package org.msmepulse.stages.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A file that starts with a UTF-16 byte order mark (after decompression, for .gz and the other
 * codecs Hadoop knows), open just after the mark. Files without one are read as UTF-8 by the
 * ordinary readers; this is how a reader finds out which kind it has, one file at a time.
 */
public final class Utf16File implements Closeable {
  private final InputStream in;
  private final Charset charset;

  private Utf16File(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
  }

  /** The open file when it starts with a UTF-16 BOM, else null (and nothing left open). */
  public static Utf16File open(Path path, Configuration conf) throws IOException {
    InputStream in = InputFileStreams.open(path, conf);
    boolean keep = false;
    try {
      Charset cs = Utf16Lines.charsetOfBom(in.read(), in.read());
      if (cs == null) {
        return null;
      }
      keep = true;
      return new Utf16File(in, cs);
    } finally {
      if (!keep) {
        in.close();
      }
    }
  }

  public Charset charset() {
    return charset;
  }

  /** The file's lines; byte offsets count from the start of the (decompressed) file. */
  public Utf16Lines lines() {
    return new Utf16Lines(in, charset, 2);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
