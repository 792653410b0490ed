package org.istraga.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.store.Hashes;

/**
 * The custody ledger of a case: append-only, hash-chained JSON Lines recording every file seen
 * (path, size, modification time, hashes, when, by which Istraga and Tika), every child extracted
 * and every run.
 *
 * <p>Each line is a JSON object that ends with {@code "prev":"<hash of the previous line>",
 * "hash":"<hash of this line>"}, where a line's hash is the SHA-256 of its bytes up to (not
 * including) {@code ,"hash":}. Editing, removing or reordering any line breaks the chain at that
 * line ({@link LedgerVerifier} locates it). The hash of the last line, the <em>head</em>, pins the
 * whole history: publish or timestamp it to prove later that nothing was rewritten.
 *
 * <p>Crash safety: lines are buffered and made durable by {@link #sync()}, which the ingest calls
 * before every index commit. A line torn by a crash (no final newline) is cut off when the ledger
 * is next opened for writing, and a {@code recovered} entry records the cut bytes' length and hash.
 *
 * <p>Thread-safety: {@link #append} and {@link #sync} are synchronized.
 */
public final class CustodyLedger implements Closeable {

  /** The {@code prev} of the first line. */
  public static final String GENESIS = "0".repeat(64);
  static final String HASH_MARK = ",\"hash\":\"";

  private final Path file;
  private final FileChannel channel;
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private long seq;
  private String head;

  private CustodyLedger(Path file, FileChannel channel, long seq, String head) {
    this.file = file;
    this.channel = channel;
    this.seq = seq;
    this.head = head;
  }

  /** Opens (creating if needed) the ledger for appending; repairs a torn last line. */
  public static CustodyLedger openForAppend(Path file) {
    try {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      Tail tail = readTail(ch);
      CustodyLedger ledger = new CustodyLedger(file, ch, tail.seq, tail.hash);
      if (tail.tornBytes > 0) {
        ByteBuffer torn = ByteBuffer.allocate((int) Math.min(tail.tornBytes, Integer.MAX_VALUE - 8));
        ch.read(torn, tail.validLength);
        ch.truncate(tail.validLength);
        ch.force(true);
        ch.position(tail.validLength); // append after the last complete line, not at the file's start
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("cut_bytes", tail.tornBytes);
        e.put("cut_sha256", Hashes.sha256(java.util.Arrays.copyOf(torn.array(), torn.position())));
        e.put("reason", "incomplete last line left by an interrupted run");
        ledger.append("recovered", e);
        ledger.sync();
      }
      ch.position(ch.size());
      return ledger;
    } catch (IOException e) {
      throw IstragaException.io("cannot open custody ledger " + file + ": " + e.getMessage(), e);
    }
  }

  /** The head hash: the hash of the last line, or {@link #GENESIS} for an empty ledger. */
  public static String headOf(Path file) {
    if (!Files.exists(file)) {
      return GENESIS;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return readTail(ch).hash;
    } catch (IOException e) {
      throw IstragaException.io("cannot read custody ledger " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends one entry. Fields are written in the given order after {@code seq}, {@code ts} and
   * {@code type}. Not durable until {@link #sync()}.
   *
   * @return the new entry's hash
   */
  public synchronized String append(String type, Map<String, ?> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("seq", seq + 1);
    line.put("ts", Instant.now().toString());
    line.put("type", type);
    line.putAll(fields);
    line.put("prev", head);
    String json;
    try {
      json = Json.mapper().writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IstragaException(IstragaException.Kind.INTERNAL, "cannot write ledger entry: " + e.getMessage(), e);
    }
    String body = json.substring(0, json.length() - 1);
    String hash = Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
    buffer.append(body).append(HASH_MARK).append(hash).append("\"}\n");
    seq++;
    head = hash;
    if (buffer.length() > (1 << 20)) {
      flushBuffer();
    }
    return hash;
  }

  /** Writes buffered lines and forces them to disk. */
  public synchronized void sync() {
    flushBuffer();
    try {
      channel.force(false);
    } catch (IOException e) {
      throw IstragaException.io("cannot sync custody ledger " + file + ": " + e.getMessage(), e);
    }
  }

  /** Current head hash (including unsynced lines). */
  public synchronized String head() {
    return head;
  }

  private void flushBuffer() {
    if (buffer.length() == 0) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap(buffer.toString().getBytes(StandardCharsets.UTF_8));
    try {
      while (b.hasRemaining()) {
        channel.write(b);
      }
    } catch (IOException e) {
      throw IstragaException.io("cannot write custody ledger " + file + ": " + e.getMessage()
          + " (is the disk full?)", e);
    }
    buffer.setLength(0);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      sync();
    } finally {
      channel.close();
    }
  }

  private record Tail(long seq, String hash, long validLength, long tornBytes) {}

  /** Finds the last complete line; reports bytes after it that lack a final newline. */
  private static Tail readTail(FileChannel ch) throws IOException {
    long size = ch.size();
    if (size == 0) {
      return new Tail(0, GENESIS, 0, 0);
    }
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    ch.read(one, size - 1);
    long validLength = size;
    if (one.get(0) != '\n') {
      long nl = lastNewlineBefore(ch, size);
      validLength = nl < 0 ? 0 : nl + 1;
    }
    long torn = size - validLength;
    if (validLength == 0) {
      return new Tail(0, GENESIS, 0, torn);
    }
    end = validLength - 1; // position of the final newline
    long prevNl = lastNewlineBefore(ch, end);
    long start = prevNl + 1;
    ByteBuffer lineBuf = ByteBuffer.allocate((int) (end - start));
    ch.read(lineBuf, start);
    String line = new String(lineBuf.array(), StandardCharsets.UTF_8);
    LedgerLine parsed = LedgerLine.parse(line);
    if (parsed == null) {
      throw new IstragaException(IstragaException.Kind.CHECK_FAILED,
          "the last line of the custody ledger is damaged; run 'istraga verify' to locate the problem");
    }
    return new Tail(parsed.seq(), parsed.hash(), validLength, torn);
  }

  private static long lastNewlineBefore(FileChannel ch, long pos) throws IOException {
    final int chunk = 8192;
    long p = pos;
    ByteBuffer buf = ByteBuffer.allocate(chunk);
    while (p > 0) {
      int len = (int) Math.min(chunk, p);
      buf.clear().limit(len);
      ch.read(buf, p - len);
      for (int i = len - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return p - len + i;
        }
      }
      p -= len;
    }
    return -1;
  }

}
