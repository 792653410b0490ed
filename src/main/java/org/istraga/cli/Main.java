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
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one {@code istraga} command line.
   *
   * @param out where results go (text or JSON)
   * @param err where progress, warnings and errors go
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cl = newCommandLine(out, err);
    return cl.execute(args);
  }

  /** Builds the configured picocli command tree writing to the given streams. */
  public static CommandLine newCommandLine(PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = new CommandLine(new IstragaCommand());
    cl.setOut(outWriter);
    cl.setErr(errWriter);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean debug = parseResult.hasMatchedOption("--debug") || System.getenv("ISTRAGA_DEBUG") != null;
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
          w.println("istraga: " + ex.getMessage());
          w.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          w.flush();
          return ExitCode.USAGE;
        });
    return cl;
  }
}
