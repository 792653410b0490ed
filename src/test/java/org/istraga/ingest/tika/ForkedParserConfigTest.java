package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.pipes.PipesConfigBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forked workers' JVM: bounded heap, the compiler budgets of the main process, extra options split on whitespace. */
class ForkedParserConfigTest {

  @TempDir Path tmp;

  @Test
  void workersGetTheHeapAndTheCompilerOptions() {
    PipesConfigBase c = ForkedParserConfig.create(tmp.resolve("tika-config.xml"), tmp.resolve("w"), 700, 60_000, 20_000, "off");
    List<String> jvm = c.getForkedJvmArgs();
    assertTrue(jvm.contains("-Xmx700m"), jvm.toString());
    assertTrue(jvm.containsAll(ForkedParserConfig.COMPILER_OPTIONS), jvm.toString());
    assertEquals(20_000, c.getMaxFilesProcessedPerProcess());
    assertEquals(60_000, c.getTimeoutMillis());
  }

  @Test
  void extraOptionsAreSplitOnWhitespaceAndBlankMeansNone() {
    assertEquals(List.of("-Xss8m", "-XX:+UseParallelGC"), ForkedParserConfig.extraOptions("  -Xss8m \t -XX:+UseParallelGC "));
    assertEquals(List.of(), ForkedParserConfig.extraOptions("   "));
    assertEquals(List.of(), ForkedParserConfig.extraOptions(null));
  }

  @Test
  void theLauncherGivesTheMainProcessTheSameCompilerOptions() throws Exception {
    String launcher = Files.readString(Path.of("scripts/istraga"));
    String line = launcher.lines().filter(l -> l.startsWith("jit=")).findFirst().orElseThrow();
    assertEquals("jit=\"" + String.join(" ", ForkedParserConfig.COMPILER_OPTIONS) + "\"", line);
    assertTrue(launcher.contains("$jit --add-opens"), "the options are passed before the user's ISTRAGA_JAVA_OPTS");
  }
}
