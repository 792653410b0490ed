package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;

/** A reader that closes stdout early, and arguments the locale could not decode: no false success. */
class StdoutTest {

  /** Accepts {@code limit} bytes, then fails like a pipe whose reader has exited. */
  private static final class ClosingPipe extends OutputStream {
    private final int limit;
    private int written;

    ClosingPipe(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }
  }

  private record Run(int code, String err) {}

  private static Run run(int limit, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(new ClosingPipe(limit), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(o, e, args);
    }
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void searchIntoAClosedPipeEndsWithTheIoCodeAndOneLineNoStackTrace() {
    Run r = run(100, "search", "--case", SampleCase.get().toString(), "ugovor");
    assertEquals(ExitCode.IO, r.code(), r.err());
    assertEquals("istraga: stdout was closed or could not be written before all results were printed; "
        + "the output is incomplete\n", r.err());
  }

  @Test
  void exportToAClosedStdoutStopsAndDoesNotReportRowsAsExported() {
    Run r = run(100, "export", "--case", SampleCase.get().toString(), "--query", "ugovor", "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.IO, r.code(), r.err());
    assertTrue(r.err().startsWith("istraga: stdout was closed by the program reading it; the export is incomplete"), r.err());
    assertFalse(r.err().contains("Exported"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aCompleteRunIntoAPipeIsUnaffected() {
    Run r = run(1 << 20, "search", "--case", SampleCase.get().toString(), "ugovor");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.err().isEmpty(), r.err());
  }

  @Test
  void argumentsMangledByANonUtf8LocaleAreRefused() {
    String[] mangled = {"search", "--case", "/tmp/c", "\uFFFD\uFFFD\uFFFD\uFFFD"};
    String message = Main.undecodedArgument(mangled, "ANSI_X3.4-1968");
    assertEquals("argument '\uFFFD\uFFFD\uFFFD\uFFFD' has characters that the locale's encoding (ANSI_X3.4-1968) cannot "
        + "represent; run under a UTF-8 locale, e.g. export LC_ALL=C.UTF-8 (scripts/istraga does this)", message);
    assertNull(Main.undecodedArgument(new String[] {"search", "Ниш"}, "ANSI_X3.4-1968"));
    assertNull(Main.undecodedArgument(mangled, "UTF-8"), "U+FFFD typed under UTF-8 is a real search");
  }
}
