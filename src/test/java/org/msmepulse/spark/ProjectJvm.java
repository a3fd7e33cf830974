package org.msmepulse.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a msme-pulse command in a JVM of its own, as the launcher starts one. */
public final class ProjectJvm {
  private ProjectJvm() {}

  /**
   * {@code java ... org.msmepulse.cli.Main args}, on target/classes and the launcher class path.
   */
  public static List<String> command(String... args) throws IOException {
    Path project = Path.of(System.getProperty("msme.project.dir", "."));
    String classpath =
        project.resolve("target/classes")
            + File.pathSeparator
            + Files.readString(project.resolve("target/classpath.txt")).strip();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("@" + project.resolve("conf/jvm.args"));
    cmd.addAll(
        List.of(
            "-Xmx1g",
            "-Dlog4j2.configurationFile=" + project.resolve("conf/log4j2.properties"),
            "-Dmsme.conf.dir=" + project.resolve("conf"),
            "-cp",
            classpath,
            "org.msmepulse.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
