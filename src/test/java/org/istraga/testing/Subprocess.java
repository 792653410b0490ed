package org.istraga.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@code istraga} in a separate JVM (same classpath as the tests), e.g. to kill it. */
public final class Subprocess {

  private Subprocess() {}

  /** Starts the CLI with these arguments; stdout and stderr go to the given log file. */
  public static Process start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("--add-opens");
    cmd.add("java.base/sun.nio.fs=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.istraga.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Files.createDirectories(log.getParent());
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb.start();
  }

  /**
   * Runs the CLI to its end in a separate JVM, as {@link #killedAfter} runs it, and returns its
   * wall time in milliseconds: what a kill test needs to place its kill moments inside a run.
   *
   * @throws AssertionError if it does not exit with 0 within ten minutes (see the log)
   */
  public static long timedRun(Path log, String... args) throws IOException, InterruptedException {
    long began = System.nanoTime();
    Process p = start(log, args);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      killHard(p);
      throw new AssertionError("run did not end within 10 minutes: see " + log);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("run exited with " + p.exitValue() + ": see " + log);
    }
    return (System.nanoTime() - began) / 1_000_000;
  }

  /**
   * Runs the CLI in a separate JVM for at most {@code millis}, then SIGKILLs it and everything it
   * started. Returns true if it was killed, false if it had ended by itself.
   */
  public static boolean killedAfter(long millis, Path log, String... args)
      throws IOException, InterruptedException {
    Process p = start(log, args);
    if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    killHard(p);
    return true;
  }

  /** SIGKILLs a process and everything it started. */
  public static void killHard(Process p) throws InterruptedException {
    List<ProcessHandle> children = p.descendants().toList();
    p.destroyForcibly();
    p.waitFor();
    for (ProcessHandle c : children) {
      c.destroyForcibly();
    }
  }
}
