package org.istraga.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command stop cleanly on Ctrl-C or SIGTERM: the shutdown hook asks the work
 * to stop, then holds the JVM open until the command has committed and printed its summary (at
 * most {@link #GRACE_SECONDS}). Use with try-with-resources around the work and the printing.
 */
final class GracefulStop implements AutoCloseable {

  /** How long the JVM waits for the work to wind down after a signal. */
  static final long GRACE_SECONDS = 60;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  /** Registers {@code requestStop} to run when the JVM is asked to exit. */
  GracefulStop(String name, Runnable requestStop) {
    this.hook = new Thread(() -> {
      requestStop.run();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The work is over and its summary printed: the JVM may exit. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running and now returns
    }
  }
}
