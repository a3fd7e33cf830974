package org.msmepulse.cli;

import java.io.PrintWriter;
import org.msmepulse.config.ConfigException;
import org.msmepulse.stages.ingest.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run}, {@code sql}, {@code serve}, {@code evaluate}, {@code generate},
 * {@code report}. Exit status: 0 on success, 2 on a usage or configuration error (one line and the
 * usage), 1 on a failed job (one line naming the cause).
 */
@Command(
    name = "msme-pulse",
    mixinStandardHelpOptions = true,
    version = "msme-pulse 0.1.0",
    description = "Monthly tables of schemes, regions, topics and keywords from Hindi MSME news.",
    subcommands = {
      RunCommand.class,
      SqlCommand.class,
      ServeCommand.class,
      EvaluateCommand.class,
      GenerateCommand.class,
      ReportCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs one command and returns its exit status (tests call this instead of main). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          if (ex instanceof ConfigException || ex instanceof UsageException) {
            err.println("msme-pulse: " + ex.getMessage());
            cmd.usage(err);
            return 2;
          }
          String cause = ex instanceof InputFormat.InputException ? ex.getMessage() : describe(ex);
          err.println("msme-pulse: " + cmd.getCommandName() + " failed: " + cause);
          if (System.getenv("MSME_PULSE_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          return 1;
        });
    return cl.execute(args);
  }

  static String describe(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    int nl = msg.indexOf('\n');
    if (nl > 0) {
      msg = msg.substring(0, nl);
    }
    if (root != ex && root.getMessage() != null && !msg.contains(root.getMessage())) {
      String r = root.getMessage();
      int rn = r.indexOf('\n');
      msg += " (cause: " + (rn > 0 ? r.substring(0, rn) : r) + ")";
    }
    return msg;
  }

  /** A usage error found after parsing: exit status 2. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
