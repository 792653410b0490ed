package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which bytes {@link RevisionEnd} appends to an earlier revision, and when it leaves it alone. */
class RevisionEndTest {

  @TempDir Path tmp;

  private static final String REV1 = "%PDF-1.4\r\n1 0 obj\r\n<<>>\r\nendobj\r\nstartxref\r\n9\r\n%%EOF";

  @Test
  void appendsTheLfOfCrLfAndTheWholeBreakWhenNoneWasKept() throws Exception {
    String container = REV1 + "\r\n2 0 obj\r\n<<>>\r\nendobj\r\n%%EOF\r\n";
    assertCompleted(REV1 + "\r", container, REV1 + "\r\n");
    assertCompleted(REV1, container, REV1 + "\r\n");
    assertCompleted(REV1, REV1 + "\n2 0 obj\n%%EOF\n", REV1 + "\n");
    assertCompleted(REV1, REV1 + "\r2 0 obj\r%%EOF\r", REV1 + "\r");
  }

  @Test
  void leavesACompleteOrForeignRevisionAsItIs() throws Exception {
    assertUnchanged(REV1 + "\r\n", REV1 + "\r\n2 0 obj\r\n%%EOF\r\n");
    assertUnchanged(REV1 + "\n", REV1 + "\n\n\n2 0 obj\n%%EOF\n");
    assertUnchanged(REV1 + "\r", REV1 + "\r2 0 obj\r%%EOF\r"); // CR alone is a whole line break
    // not a prefix of the container: nothing is taken from it
    assertUnchanged(REV1 + "\r", REV1.replace("startxref\r\n9", "startxref\r\n8") + "\r\n2 0 obj\r\n%%EOF\r\n");
    // does not end with the marker (a revision cut elsewhere)
    assertUnchanged("%PDF-1.4\r\nendobj\r", "%PDF-1.4\r\nendobj\r\n%%EOF\r\n");
    // the container ends where the revision does
    assertUnchanged(REV1, REV1);
  }

  private void assertCompleted(String revision, String container, String expected) throws Exception {
    Path r = write("rev", revision);
    Path c = write("pdf", container);
    assertTrue(RevisionEnd.complete(r, c), () -> "not completed: " + escaped(revision));
    assertArrayEquals(bytes(expected), Files.readAllBytes(r), () -> escaped(revision));
  }

  private void assertUnchanged(String revision, String container) throws Exception {
    Path r = write("rev", revision);
    Path c = write("pdf", container);
    assertFalse(RevisionEnd.complete(r, c), () -> "changed: " + escaped(revision));
    assertArrayEquals(bytes(revision), Files.readAllBytes(r));
  }

  private Path write(String name, String content) throws Exception {
    return Files.write(tmp.resolve(name), bytes(content));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String escaped(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
