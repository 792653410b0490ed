package org.istraga.ingest.tika;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.pipes.PipesConfigBase;

/**
 * The settings shared by every forked Tika process Istraga starts (extraction and OCR workers):
 * the same java binary as this process, a bounded heap, serial GC (one parse at a time needs no
 * parallel collector), the main process's JIT inlining budgets ({@link #COMPILER_OPTIONS}), then
 * the options of {@link #WORKER_OPTS_ENV}, a private temporary folder inside the case, and silent logging unless asked
 * (every problem is recorded as a status instead). Results come back to the client; nothing is
 * emitted elsewhere.
 */
public final class ForkedParserConfig {

  private ForkedParserConfig() {}

  /**
   * A pipes configuration for one client.
   *
   * @param timeoutMillis time one request may take before the process is killed and restarted
   * @param requestsPerProcess requests served before the process is recycled
   * @param logLevel slf4j level of the forked process (off, error, warn...)
   */
  public static PipesConfigBase create(Path tikaConfig, Path workerTmp, int heapMb, long timeoutMillis,
      int requestsPerProcess, String logLevel) {
    PipesConfigBase config = new PipesConfigBase();
    config.setTikaConfig(tikaConfig);
    config.setTimeoutMillis(timeoutMillis);
    config.setMaxFilesProcessedPerProcess(requestsPerProcess);
    config.setNumClients(1);
    config.setMaxForEmitBatchBytes(Long.MAX_VALUE);
    config.setJavaPath(currentJava());
    List<String> jvm = new ArrayList<>();
    jvm.add("-Xmx" + heapMb + "m");
    jvm.add("-XX:+UseSerialGC");
    jvm.add("-Xss4m");
    jvm.addAll(COMPILER_OPTIONS);
    if (Runtime.version().feature() >= 21) {
      jvm.add("--enable-native-access=ALL-UNNAMED");
    }
    jvm.add("-Djava.io.tmpdir=" + workerTmp.toAbsolutePath());
    jvm.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel);
    jvm.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
    jvm.add("-Dorg.slf4j.simpleLogger.showDateTime=false");
    jvm.addAll(extraOptions(System.getenv(WORKER_OPTS_ENV)));
    config.setForkedJvmArgs(jvm);
    return config;
  }

  /**
   * Smaller inlining budgets for the JIT compiler than HotSpot's defaults (hot methods up to 150
   * bytecodes instead of 325, callees already compiled to at most 1,000 bytes of code instead of
   * 2,500). An ingest keeps three JVMs compiling large parsing and analysis methods on two cores;
   * C2's compile time grows with what it inlines, and in a 2,001-file ingest the compilers used
   * half the CPU. Measured (docs/benchmarks.md, "Ingest"): 10 to 14% less CPU for 2,001 files,
   * 8% less for 10,001, and Tika's warm parse as fast as with the defaults. The launcher
   * ({@code scripts/istraga}) gives the main process the same options.
   */
  public static final List<String> COMPILER_OPTIONS = List.of("-XX:FreqInlineSize=150", "-XX:InlineSmallCode=1000");

  /**
   * Environment variable with extra JVM options for the forked workers, separated by spaces (a
   * profiler or a larger stack, say); added after Istraga's own, so they win.
   */
  public static final String WORKER_OPTS_ENV = "ISTRAGA_WORKER_JAVA_OPTS";

  /** The options of {@link #WORKER_OPTS_ENV}'s value (null or blank: none). */
  static List<String> extraOptions(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String option : value.trim().split("\\s+")) {
        if (!option.isEmpty()) {
          out.add(option);
        }
      }
    }
    return out;
  }

  /** Path of the java binary running this process, used for the forked workers too. */
  public static String currentJava() {
    return ProcessHandle.current().info().command()
        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
  }
}
