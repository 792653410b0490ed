package org.istraga.provenance;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks the hash chain of a custody ledger: every line's hash matches its bytes, every line
 * points at the hash of the line before it, and sequence numbers follow each other. Any edited,
 * removed, inserted or reordered line is detected and located by its line number.
 *
 * <p>Cost: one sequential read of the ledger; memory independent of its length. Lines are handed
 * to an optional consumer as they are checked, so callers can gather what they need in the same
 * pass.
 */
public final class LedgerVerifier {

  /** One problem found in the chain. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Problem(long line, long seq, String problem) {}

  /**
   * The outcome of a chain check.
   *
   * @param entries complete entries read
   * @param head hash of the last complete entry
   * @param intact true when no entry was edited, removed, inserted or reordered
   * @param incompleteTail true when the file ends in a line cut short by an interrupted run (not
   *     part of the chain; the next ingest removes it and records that it did)
   * @param problems where the chain breaks, first problems first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Result(long entries, String head, boolean intact, boolean incompleteTail, List<Problem> problems) {}

  /** Most problems listed (the first ones locate the damage). */
  static final int MAX_PROBLEMS = 100;

  private LedgerVerifier() {}

  /** Verifies the ledger file; a missing file is an empty, intact ledger. */
  public static Result verify(Path ledger, Consumer<LedgerLine> each) throws IOException {
    if (!Files.exists(ledger)) {
      return new Result(0, CustodyLedger.GENESIS, true, false, List.of());
    }
    try (InputStream in = Files.newInputStream(ledger)) {
      return verify(in, each);
    }
  }

  /** Verifies ledger lines read from a stream. */
  public static Result verify(InputStream in, Consumer<LedgerLine> each) throws IOException {
    List<Problem> problems = new ArrayList<>();
    String prevHash = CustodyLedger.GENESIS;
    long prevSeq = 0;
    long lineNo = 0;
    long entries = 0;
    boolean incompleteTail = false;
    String head = CustodyLedger.GENESIS;
    LineReader r = new LineReader(new BufferedInputStream(in, 1 << 16));
    String line;
    while ((line = r.next()) != null) {
      lineNo++;
      boolean last = r.atEndWithoutNewline();
      if (line.isEmpty()) {
        add(problems, new Problem(lineNo, -1, "empty line inserted"));
        continue;
      }
      LedgerLine l = LedgerLine.parse(line);
      if (l == null) {
        if (last) {
          incompleteTail = true;
        } else {
          add(problems, new Problem(lineNo, -1, "not a ledger entry (damaged or inserted text)"));
        }
        continue;
      }
      entries++;
      if (!l.intact()) {
        add(problems, new Problem(lineNo, l.seq(),
            "edited: the entry's content does not match its hash"));
      }
      if (!l.prev().equals(prevHash)) {
        add(problems, new Problem(lineNo, l.seq(),
            "chain broken: 'prev' does not match the hash of the entry before it "
                + "(an entry was removed, inserted or reordered before this line)"));
      }
      if (l.seq() != prevSeq + 1) {
        add(problems, new Problem(lineNo, l.seq(),
            "sequence jumps from " + prevSeq + " to " + l.seq() + " (entries removed or reordered)"));
      }
      prevHash = l.hash();
      prevSeq = l.seq();
      head = l.hash();
      if (each != null) {
        each.accept(l);
      }
    }
    return new Result(entries, head, problems.isEmpty(), incompleteTail, List.copyOf(problems));
  }

  /** Splits UTF-8 lines at '\n' and remembers whether the last one had its newline. */
  private static final class LineReader {
    private final InputStream in;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    private boolean endWithoutNewline;

    LineReader(InputStream in) {
      this.in = in;
    }

    String next() throws IOException {
      buf.reset();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          return buf.toString(StandardCharsets.UTF_8);
        }
        buf.write(b);
      }
      if (buf.size() == 0) {
        return null;
      }
      endWithoutNewline = true;
      return buf.toString(StandardCharsets.UTF_8);
    }

    boolean atEndWithoutNewline() {
      return endWithoutNewline;
    }
  }

  private static void add(List<Problem> problems, Problem p) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(p);
    }
  }
}
