package org.istraga.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.tika.metadata.Metadata;

/**
 * The bytes kept for an embedded item that has none of its own: a message of an Outlook PST
 * mailbox, which the container format stores as database records rather than as a file. Tika
 * parses such an item from the open mailbox and hands over an empty stream; hashing that would
 * give every such message the same id (the SHA-256 of nothing), and they would collapse into one
 * document.
 *
 * <p>Instead the ingest keeps a rendering: a UTF-8 text with a fixed first line, the item's
 * extracted metadata (sorted by name, one {@code name: value} line per value, without Tika's
 * bookkeeping keys and Istraga's own analysis keys, so that the rendering depends only on the
 * item) and, after a blank line, its extracted text. The item's id is the SHA-256 of that
 * rendering, which is what the case stores, exports and verifies; the status reason says that
 * the bytes are a rendering, not original bytes. The same message found twice (in two PST files)
 * renders the same and is one document.
 *
 * <p>Cost: one pass over the metadata and the text. Stateless.
 */
final class ItemRendering {

  /** First line of every rendering; names the format and its version. */
  static final String HEADER = "Istraga-Item-Rendering: 1";
  /** What the status reason of such an item says. */
  static final String NOTE = "no bytes of its own in its container (a mailbox database record); "
      + "the case keeps a rendering of its extracted metadata and text";
  /** Media types whose items carry their content in an open container, never in bytes. */
  static final Set<String> CONTAINER_ONLY_TYPES = Set.of("application/x-tika-pst-mail-item");

  private ItemRendering() {}

  /**
   * True when an item of {@code size} bytes has content only a rendering can keep: it is of a
   * container-only type, or it has no bytes yet has text (which zero bytes cannot hold).
   */
  static boolean needed(long size, String mediaType, String text) {
    if (size != 0) {
      return false;
    }
    String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip();
    return CONTAINER_ONLY_TYPES.contains(base) || text != null && !text.isBlank();
  }

  /** The rendering of an item's metadata and text. */
  static byte[] of(Metadata m, String text) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    String[] names = m.names();
    Arrays.sort(names);
    for (String name : names) {
      if (skipped(name)) {
        continue;
      }
      for (String v : m.getValues(name)) {
        sb.append(name).append(": ").append(v.replace("\r", "\\r").replace("\n", "\\n")).append('\n');
      }
    }
    sb.append('\n').append(text == null ? "" : text);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean skipped(String name) {
    return name.startsWith("X-TIKA:") || name.startsWith("istraga:") || name.equals("Content-Length")
        || name.equals("resourceName");
  }
}
