package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code istraga} in a separate JVM (the test's class path), so tests can change its
 * environment (PATH, ISTRAGA_TESSERACT) and kill it with SIGKILL.
 */
final class CliProcess {

  record Result(int exitCode, String out, String err) {}

  private CliProcess() {}

  static ProcessBuilder builder(Path logDir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.istraga.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    Files.createDirectories(logDir);
    pb.redirectOutput(logDir.resolve("out.txt").toFile());
    pb.redirectError(logDir.resolve("err.txt").toFile());
    return pb;
  }

  static Result run(Path logDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    Process p = builder(logDir, env, args).start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("istraga " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(logDir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(logDir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  /** A fake tesseract that records every call in {@code calls}, then runs the real one. */
  static Path recordingTesseract(Path dir, Path calls, Path real) throws IOException {
    Files.createDirectories(dir);
    Path script = dir.resolve("tesseract");
    Files.writeString(script, "#!/bin/sh\necho \"$$ $*\" >> '" + calls + "'\nexec '" + real + "' \"$@\"\n");
    script.toFile().setExecutable(true);
    return script;
  }
}
