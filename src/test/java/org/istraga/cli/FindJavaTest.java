package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/find-java}, the one choice of JDK shared by the launcher and the benchmarks: an
 * explicit {@code ISTRAGA_JAVA} wins; otherwise the newest installed JDK 17 or later, which is
 * never older than the JDK running these tests.
 */
class FindJavaTest {

  private static final Path SCRIPT = Paths.get("scripts", "find-java").toAbsolutePath();

  private record Result(int code, String out) {}

  private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("ISTRAGA_JAVA");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "find-java did not finish");
    return new Result(p.exitValue(), out);
  }

  private static String currentJava() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void explicitJavaWins() throws Exception {
    Result r = run(Map.of("ISTRAGA_JAVA", "/opt/some/jdk/bin/java"));
    assertEquals(0, r.code());
    assertEquals("/opt/some/jdk/bin/java", r.out());
  }

  @Test
  void featureVersionOfTheRunningJdk() throws Exception {
    Result r = run(Map.of(), "--feature", currentJava());
    assertEquals(0, r.code());
    assertEquals(String.valueOf(Runtime.version().feature()), r.out());
  }

  @Test
  void picksAnExecutableJdkNoOlderThanTheOneRunningTheTests() throws Exception {
    Result r = run(Map.of("JAVA_HOME", System.getProperty("java.home")));
    assertEquals(0, r.code(), r.out());
    Path chosen = Paths.get(r.out());
    assertTrue(Files.isExecutable(chosen), "not executable: " + chosen);
    int feature = Integer.parseInt(run(Map.of(), "--feature", chosen.toString()).out());
    assertTrue(feature >= 17, "chose Java " + feature + ": " + chosen);
    assertTrue(feature >= Runtime.version().feature(),
        "chose Java " + feature + " although Java " + Runtime.version().feature() + " runs the tests: " + chosen);
  }
}
