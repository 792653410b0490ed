package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReference;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.XMLCryptoContext;

/**
 * Resolves the references of an Office package signature to the package's own parts: ODF writes
 * plain relative paths ({@code content.xml}, {@code Pictures/a%20b.png}), OOXML absolute part
 * names with the content type as query ({@code /word/document.xml?ContentType=...}). References
 * into the signature document ({@code #id}) go to the JDK's same-document dereferencer. Anything
 * else, including every URI with a scheme ({@code http:}, {@code file:}), is refused: nothing
 * outside the package is ever read.
 *
 * <p>Parts that a transform will parse as XML are read whole (bounded by {@code maxXmlBytes}) and
 * refused if they declare a DTD; other parts are streamed into the digest, bounded by {@code
 * maxPartBytes}. Not thread-safe (one per package).
 */
final class PartDereferencer implements URIDereferencer {

  /** Makes the dereferencer of one signature. */
  interface Factory {
    /**
     * @param sameDocument the JDK's dereferencer, for {@code #id} references
     * @param parsedUris reference URIs whose part a transform parses as XML
     */
    URIDereferencer create(URIDereferencer sameDocument, Set<String> parsedUris);
  }

  private final ZipParts zip;
  private final URIDereferencer sameDocument;
  private final Set<String> parsedUris;
  private final long maxXmlBytes;
  private final long maxPartBytes;

  PartDereferencer(
      ZipParts zip,
      URIDereferencer sameDocument,
      Set<String> parsedUris,
      long maxXmlBytes,
      long maxPartBytes) {
    this.zip = zip;
    this.sameDocument = sameDocument;
    this.parsedUris = parsedUris;
    this.maxXmlBytes = maxXmlBytes;
    this.maxPartBytes = maxPartBytes;
  }

  @Override
  public Data dereference(URIReference ref, XMLCryptoContext context)
      throws URIReferenceException {
    String uri = ref.getURI();
    if (uri == null || uri.isEmpty() || uri.startsWith("#")) {
      return sameDocument.dereference(ref, context);
    }
    String part = partName(uri);
    if (part == null) {
      throw new URIReferenceException("not a part of the package: " + uri);
    }
    String stored = zip.find(part);
    if (stored == null) {
      throw new URIReferenceException("part " + part + " is missing from the package");
    }
    try {
      if (parsedUris.contains(uri)) {
        byte[] b = zip.read(stored, maxXmlBytes);
        if (declaresDtd(b)) {
          throw new URIReferenceException("part " + part + " declares a DTD; not parsed");
        }
        return new OctetStreamData(new ByteArrayInputStream(b), uri, null);
      }
      InputStream in = zip.stream(stored, maxPartBytes);
      return new OctetStreamData(in, uri, null);
    } catch (IOException e) {
      throw new URIReferenceException(e.getMessage(), e);
    }
  }

  /**
   * The package part a reference URI names (no leading slash, query and fragment removed,
   * percent-escapes decoded), or null if the URI has a scheme or names nothing.
   */
  static String partName(String uri) {
    int colon = uri.indexOf(':');
    int slash = uri.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      return null;
    }
    String path = uri;
    int cut = path.indexOf('?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    try {
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      // a literal '%' that is not an escape: the name as written
    }
    return path.isEmpty() ? null : path;
  }

  /**
   * True if the XML text declares a document type: a {@code <!DOCTYPE} in its prolog, before the
   * root element (the only place XML allows one). Reads UTF-8 and UTF-16; looks no further than
   * the prolog.
   */
  static boolean declaresDtd(byte[] b) {
    CharSequence text;
    if (b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] != 0))) {
      text = new String(b, StandardCharsets.UTF_16BE);
    } else if (b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] != 0 && b[1] == 0))) {
      text = new String(b, StandardCharsets.UTF_16LE);
    } else {
      text = new Latin1View(b);
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '<') {
        i++; // BOM, whitespace
      } else if (startsWith(text, i, "<!DOCTYPE")) {
        return true;
      } else if (startsWith(text, i, "<?")) {
        i = indexOf(text, "?>", i + 2);
      } else if (startsWith(text, i, "<!--")) {
        i = indexOf(text, "-->", i + 4);
      } else {
        return false; // the root element
      }
      if (i < 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence s, int at, String prefix) {
    if (at + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence s, String what, int from) {
    for (int i = from; i + what.length() <= s.length(); i++) {
      if (startsWith(s, i, what)) {
        return i + what.length();
      }
    }
    return -1;
  }

  /** The bytes as ISO-8859-1 characters, without copying them. */
  private record Latin1View(byte[] b) implements CharSequence {
    @Override
    public int length() {
      return b.length;
    }

    @Override
    public char charAt(int i) {
      return (char) (b[i] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(b, StandardCharsets.ISO_8859_1);
    }
  }
}
