package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Lists a RAR archive's entries as its text, one line per entry ({@code name · size · modified},
 * directories ending in {@code /}, encrypted entries marked), so that the names inside a RAR are
 * searchable even though Istraga cannot unpack it: Tika reads RAR only through junrar, which the
 * project excludes, and no other RAR decompressor is bundled. The headers are read by {@link
 * RarDirectory}; nothing is decompressed and no child documents are made.
 *
 * <p>The metadata says what happened, for the status: {@link #ENTRIES} (entries listed), {@link
 * #NOT_UNPACKED} ({@code true}: the ingest records the archive as {@code unsupported} with a
 * reason that says how to unpack it), {@link #ENCRYPTED_ENTRIES}, and {@link #INCOMPLETE} when the
 * listing stopped early (damaged header, truncated file or first volume of a set, entry limit).
 * An archive whose headers are encrypted cannot be listed: the parse fails with an {@link
 * EncryptedDocumentException} (status {@code encrypted}).
 *
 * <p>Cost: one pass over the headers, skipping the data. Stateless and thread-safe.
 */
public final class RarListingParser implements Parser {

  private static final long serialVersionUID = 1L;
  /** Metadata key: number of entries listed. */
  public static final String ENTRIES = "istraga:rar_entries";
  /** Metadata key: number of listed entries whose data is encrypted. */
  public static final String ENCRYPTED_ENTRIES = "istraga:rar_encrypted_entries";
  /** Metadata key: {@code true} — the entries were listed, not unpacked. */
  public static final String NOT_UNPACKED = "istraga:rar_not_unpacked";
  /** Metadata key: why the listing is incomplete, when it is. */
  public static final String INCOMPLETE = "istraga:rar_incomplete";
  /** Most entries listed per archive. */
  static final int MAX_ENTRIES = 100_000;

  private static final Set<MediaType> TYPES =
      Set.of(MediaType.application("x-rar-compressed"), MediaType.application("vnd.rar"));

  /** True if {@code contentType} (parameters allowed) is a RAR archive type this parser reads. */
  public static boolean handles(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType t = MediaType.parse(contentType);
    return t != null && TYPES.contains(t.getBaseType());
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    RarDirectory dir;
    try {
      dir = RarDirectory.read(stream, MAX_ENTRIES);
    } catch (IOException e) {
      throw new TikaException("unreadable RAR archive: " + e.getMessage(), e);
    }
    if (dir.headersEncrypted() && dir.entries().isEmpty()) {
      throw new EncryptedDocumentException(
          "RAR archive with encrypted file names: nothing can be listed without the password");
    }
    metadata.set(NOT_UNPACKED, "true");
    metadata.set(ENTRIES, Integer.toString(dir.entries().size()));
    String incomplete = dir.damaged() ? "a damaged header"
        : dir.truncated() ? "the end of the file (truncated, or one volume of a multi-volume set)"
        : dir.moreEntries() ? "the limit of " + MAX_ENTRIES + " entries"
        : dir.headersEncrypted() ? "encrypted headers" : null;
    if (incomplete != null) {
      metadata.set(INCOMPLETE, "listing stopped at " + incomplete);
    }
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    int encrypted = 0;
    for (RarDirectory.Entry e : dir.entries()) {
      xhtml.element("p", line(e));
      if (e.encrypted()) {
        encrypted++;
      }
    }
    metadata.set(ENCRYPTED_ENTRIES, Integer.toString(encrypted));
    xhtml.endDocument();
  }

  /** {@code dir/a.pdf · 1234 bytes · 2019-08-12T14:03:22 · encrypted}. */
  static String line(RarDirectory.Entry e) {
    StringBuilder b = new StringBuilder(e.name().replace('\\', '/'));
    if (e.directory()) {
      b.append('/');
    } else if (e.size() >= 0) {
      b.append(" · ").append(e.size()).append(" bytes");
    }
    if (e.modified() != null) {
      b.append(" · ").append(e.modified());
    }
    if (e.encrypted()) {
      b.append(" · encrypted");
    }
    return b.toString();
  }
}
