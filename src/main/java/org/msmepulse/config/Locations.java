package org.msmepulse.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the paths a user gives (inputs, the warehouse). A URI with a password in it ({@code
 * s3a://KEY:SECRET@bucket/...}) would carry the secret into the logs, the {@code runs} table and
 * every record's {@code record_source}: it is refused, and the message shows the path with the
 * secret masked. Credentials belong in the environment or the Spark/Hadoop configuration.
 */
public final class Locations {
  private static final Pattern USER_INFO =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/@?#]*:[^/@?#]*)@");

  private Locations() {}

  /** The path with any {@code user:password@} part masked (for messages). */
  public static String masked(String path) {
    Matcher m = USER_INFO.matcher(path);
    return m.find() ? m.group(1) + "***@" + path.substring(m.end()) : path;
  }

  /** Why the path is refused, or null when it is fine. */
  public static String credentialsIn(String path, String what) {
    if (path != null && USER_INFO.matcher(path).find()) {
      return what
          + " "
          + masked(path)
          + " holds credentials (user:secret@) in its URI; give them through the "
          + "environment or the Spark/Hadoop configuration (spark.hadoop.fs.s3a.*, ...) instead";
    }
    return null;
  }
}
