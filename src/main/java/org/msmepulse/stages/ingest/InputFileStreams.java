package org.msmepulse.stages.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Opens an input file on any Hadoop file system, decompressed by its extension (.gz, .bz2, ...),
 * buffered.
 */
final class InputFileStreams {
  private InputFileStreams() {}

  static InputStream open(Path path, Configuration conf) throws IOException {
    InputStream raw = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    try {
      return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw), 1 << 16);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }
}
