package org.istraga.ingest.tika;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.pipes.PipesConfigBase;

/**
 * The settings shared by every forked Tika process Istraga starts (extraction and OCR workers):
 * the same java binary as this process, a bounded heap, serial GC (one parse at a time needs no
 * parallel collector), a private temporary folder inside the case, and silent logging unless asked
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
    if (Runtime.version().feature() >= 21) {
      jvm.add("--enable-native-access=ALL-UNNAMED");
    }
    jvm.add("-Djava.io.tmpdir=" + workerTmp.toAbsolutePath());
    jvm.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel);
    jvm.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
    jvm.add("-Dorg.slf4j.simpleLogger.showDateTime=false");
    config.setForkedJvmArgs(jvm);
    return config;
  }

  /** Path of the java binary running this process, used for the forked workers too. */
  public static String currentJava() {
    return ProcessHandle.current().info().command()
        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
  }
}
