package org.istraga.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.istraga.IstragaException;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} executes one command line and returns its exit code; only
 * {@link #main} calls {@link System#exit}, so tests drive the CLI in-process.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    quietLibraryLogging();
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Libraries that log through java.util.logging (Lucene) only speak up for real problems. */
  private static void quietLibraryLogging() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.tika.pipes",
        System.getProperty("org.slf4j.simpleLogger.log.org.apache.tika.pipes", "error"));
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  /** Held so the level set on it is not lost (java.util.logging keeps loggers weakly). */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /**
   * Runs one {@code istraga} command line.
   *
   * @param out where results go (text or JSON)
   * @param err where progress, warnings and errors go
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    String undecodable = undecodedArgument(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
    if (undecodable != null) {
      err.println("istraga: " + undecodable);
      err.flush();
      return ExitCode.USAGE;
    }
    CommandLine cl = newCommandLine(out, err);
    try {
      int code = cl.execute(args);
      out.flush();
      if (out.checkError() && code == ExitCode.OK) { // a PrintStream keeps write failures to itself
        err.println("istraga: stdout was closed or could not be written before all results were printed; "
            + "the output is incomplete");
        err.flush();
        return ExitCode.IO;
      }
      return code;
    } catch (Throwable t) { // errors escape picocli's handler; never show a raw stack trace
      err.println("istraga: internal error: " + t + " (rerun with ISTRAGA_DEBUG=1 for details and report it)");
      if (System.getenv("ISTRAGA_DEBUG") != null) {
        t.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL;
    }
  }

  /**
   * The error for an argument the JVM could not decode, or null. Java decodes the command line with
   * the locale's encoding ({@code sun.jnu.encoding}); under a non-UTF-8 locale (LANG=C in cron, ssh
   * or containers) a Cyrillic query or path arrives as U+FFFD characters and would silently search
   * for, or open, something else.
   */
  static String undecodedArgument(String[] args, String encoding) {
    if (encoding.replace("-", "").equalsIgnoreCase("UTF8")) {
      return null; // U+FFFD typed or pasted on purpose is a legitimate search
    }
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0) {
        return "argument '" + a + "' has characters that the locale's encoding (" + encoding + ") cannot "
            + "represent; run under a UTF-8 locale, e.g. export LC_ALL=C.UTF-8 (scripts/istraga does this)";
      }
    }
    return null;
  }

  /** Builds the configured picocli command tree writing to the given streams. */
  public static CommandLine newCommandLine(PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = new CommandLine(new IstragaCommand());
    cl.setOut(outWriter);
    cl.setErr(errWriter);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpLongOptionsMaxWidth(28);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean debug = System.getenv("ISTRAGA_DEBUG") != null;
          PrintWriter w = commandLine.getErr();
          if (ex instanceof IstragaException) {
            IstragaException ie = (IstragaException) ex;
            w.println("istraga: " + ie.getMessage());
            if (debug) {
              ex.printStackTrace(w);
            }
            w.flush();
            return ExitCode.of(ie.kind());
          }
          if (ex instanceof InterruptedException) {
            w.println("istraga: interrupted; rerun the same command to resume");
            w.flush();
            return ExitCode.INTERRUPTED;
          }
          w.println("istraga: internal error: " + ex + " (rerun with ISTRAGA_DEBUG=1 for details and report it)");
          if (debug) {
            ex.printStackTrace(w);
          }
          w.flush();
          return ExitCode.INTERNAL;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter w = c.getErr();
          w.println("istraga: " + ex.getMessage() + queryHint(ex) + "; see '"
              + c.getCommandSpec().qualifiedName() + " --help'");
          w.flush();
          return ExitCode.USAGE;
        });
    return cl;
  }

  /**
   * For a command that takes a query, an unknown "option" such as {@code -kamera} or {@code "-a
   * b"} is most likely a query that starts with NOT: say how to pass it.
   */
  private static String queryHint(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
      return "";
    }
    boolean takesQuery = ex.getCommandLine().getCommandSpec().positionalParameters().stream()
        .anyMatch(p -> "QUERY".equals(p.paramLabel()));
    for (String arg : ((CommandLine.UnmatchedArgumentException) ex).getUnmatched()) {
      if (takesQuery && arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 1) {
        return " (a query that starts with '-' goes after '--': "
            + ex.getCommandLine().getCommandSpec().qualifiedName() + " --case DIR -- '" + arg + "')";
      }
    }
    return "";
  }
}
