package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code samples/} are exactly what the generator writes: regenerating into a
 * temporary directory gives the same set of files with the same bytes (README.md and
 * .gitattributes, written by hand, excepted).
 */
class SampleLeakReproducibilityTest {

  /** Files in samples/ that are written by hand, not by the generator. */
  private static final List<String> HAND_WRITTEN = List.of("README.md", ".gitattributes");

  @TempDir Path temp;

  @Test
  void regeneratedSamplesAreByteIdenticalToTheCommittedOnes() throws IOException {
    Path fonts = Paths.get(System.getProperty(SampleFonts.DIR_PROPERTY, SampleFonts.DEFAULT_DIR));
    assumeTrue(Files.isRegularFile(fonts.resolve(Face.SERIF.fileName())),
        "SKIPPED: DejaVu fonts not found in " + fonts + "; cannot regenerate the samples here"
            + " (install fonts-dejavu-core)");
    Path committed = CommittedSamples.root();
    Map<String, byte[]> generated = SampleLeakWriter.write(temp);

    TreeSet<String> committedFiles = new TreeSet<>(relativeFiles(committed));
    committedFiles.removeAll(HAND_WRITTEN);
    assertEquals(committedFiles, new TreeSet<>(generated.keySet()),
        "the generator writes a different set of files than samples/ holds;"
            + " run scripts/make-samples and commit");

    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      byte[] old = Files.readAllBytes(committed.resolve(e.getKey()));
      if (!Arrays.equals(old, e.getValue())) {
        differing.add(e.getKey() + " (committed " + old.length + " bytes "
            + LeakFiles.sha256(old).substring(0, 12) + ", generated " + e.getValue().length
            + " bytes " + LeakFiles.sha256(e.getValue()).substring(0, 12) + ")");
      }
      byte[] onDisk = Files.readAllBytes(temp.resolve(e.getKey()));
      assertTrue(Arrays.equals(onDisk, e.getValue()),
          "written file differs from returned bytes: " + e.getKey());
    }
    assertEquals(List.of(), differing,
        "regenerated files differ from samples/; run scripts/make-samples and commit");
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }
}
