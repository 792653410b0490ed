package org.istraga.entities;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.istraga.IstragaException;

/**
 * Names, firms and aliases a newsroom wants flagged wherever they appear.
 *
 * <p>File format (UTF-8, a leading BOM is tolerated): one entry per line; the first
 * tab-separated column is the canonical name, further columns are aliases; lines starting with
 * {@code #} and blank lines are ignored. Example:
 *
 * <pre>
 * # people
 * Đorđe Petrović	Djordje Petrovic	Ђорђе Петровић	Đ. Petrović
 * Telekom Nova d.o.o.	Telekom Nova	TN Group
 * </pre>
 *
 * <p>Matching ({@link EntityExtractor#withWatchlist}) compares whole words after transliteration
 * to Latin, case folding and diacritic folding (Đorđe = Djordje = Ђорђе = DJORDJE), so an entry
 * never matches inside a longer word. Inflected forms (Đorđa Petrovića) are not matched unless
 * listed as aliases. Where two entries share an alias the one listed first wins. Immutable and
 * thread-safe; matching cost does not grow with the number of entries (a token trie).
 */
public final class Watchlist {

  /** One entry: canonical name and its aliases (which include the canonical name). */
  public record Entry(String name, List<String> aliases) {
    public Entry {
      Objects.requireNonNull(name);
      aliases = List.copyOf(aliases);
    }
  }

  private final List<Entry> entries;
  private final PhraseIndex<String> index = new PhraseIndex<>();

  private Watchlist(List<Entry> entries) {
    this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
    for (Entry e : entries) {
      index.add(PhraseIndex.tokenize(e.name(), false), e.name());
      for (String a : e.aliases()) {
        index.add(PhraseIndex.tokenize(a, false), e.name());
      }
    }
  }

  /** A watchlist from entries built in code (tests, other front ends). */
  public static Watchlist of(List<Entry> entries) {
    for (Entry e : entries) {
      if (PhraseIndex.tokenize(e.name(), false).isEmpty()) {
        throw IstragaException.usage("watchlist entry has no letters or digits: '" + e.name()
            + "'");
      }
    }
    return new Watchlist(entries);
  }

  /**
   * Reads a watchlist file.
   *
   * @throws IstragaException USAGE naming the file and line for bad input (not UTF-8, a name
   *     without letters or digits); NOT_FOUND if the file does not exist; IO if it cannot be read
   */
  public static Watchlist load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw IstragaException.notFound("watchlist file not found: " + file);
    } catch (IOException e) {
      throw IstragaException.io("cannot read watchlist file " + file + ": " + e.getMessage(), e);
    }
    String text = decodeUtf8(file, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> cols = new ArrayList<>();
      for (String c : line.split("\t")) {
        String s = c.strip();
        if (!s.isEmpty()) {
          cols.add(s);
        }
      }
      for (String c : cols) {
        if (PhraseIndex.tokenize(c, false).isEmpty()) {
          throw IstragaException.usage(
              "watchlist " + file + " line " + (i + 1) + ": '" + c
                  + "' has no letters or digits; fix or remove that line");
        }
      }
      entries.add(new Entry(cols.get(0), cols.subList(1, cols.size())));
    }
    return new Watchlist(entries);
  }

  private static String decodeUtf8(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      // find the line of the first bad byte by decoding progressively
      int bad = firstBadByte(bytes);
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new IstragaException(IstragaException.Kind.USAGE,
          "watchlist " + file + " line " + line
              + ": not valid UTF-8; save the file as UTF-8 and try again", e);
    }
  }

  private static int firstBadByte(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
      if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return b.length;
  }

  /** The entries in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Appends a WATCHLIST mention for every whole-word occurrence of an entry or alias. */
  void find(TextContext ctx, List<Mention> out) {
    TextContext.Tokens tok = ctx.tokens();
    for (PhraseIndex.Hit<String> h :
        index.match(tok, TextContext.Tokens::folded, (a, b, v) -> true)) {
      int s = tok.start[h.firstToken()];
      int e = tok.end[h.lastToken()];
      out.add(new Mention(EntityType.WATCHLIST, h.value(), ctx.raw(s, e), s, e));
    }
  }
}
