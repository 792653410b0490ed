package org.istraga.provenance.forensics.office;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The content types an OOXML package declares in {@code [Content_Types].xml}: an {@code Override}
 * per part name, else a {@code Default} per file extension. OOXML signatures sign each part's
 * content type in its reference URI ({@code ?ContentType=...}), so a type changed after signing
 * (for instance a document re-declared as macro-enabled) is detected by comparing the two.
 * Immutable once read.
 */
final class ContentTypes {

  private static final String NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";

  private final Map<String, String> overrides = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();

  private ContentTypes() {}

  /** The package's declared types; empty when it has none (ODF) or they cannot be read. */
  static ContentTypes read(ZipParts zip, int maxElements) throws Exception {
    ContentTypes t = new ContentTypes();
    try (InputStream in = zip.open("[Content_Types].xml")) {
      if (in == null) {
        return t;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if (NS.equals(r.getNamespaceURI()) && "Override".equals(r.getLocalName())) {
              String name = XmlWalker.attr(r, null, "PartName");
              String type = XmlWalker.attr(r, null, "ContentType");
              if (name != null && type != null) {
                t.overrides.put(key(name), type.strip());
              }
            } else if (NS.equals(r.getNamespaceURI()) && "Default".equals(r.getLocalName())) {
              String ext = XmlWalker.attr(r, null, "Extension");
              String type = XmlWalker.attr(r, null, "ContentType");
              if (ext != null && type != null) {
                t.defaults.put(ext.toLowerCase(Locale.ROOT), type.strip());
              }
            }
            return false;
          },
          maxElements);
    }
    return t;
  }

  /** The declared type of a part (name without leading slash), or null if none is declared. */
  String of(String part) {
    String o = overrides.get(key(part));
    if (o != null) {
      return o;
    }
    int dot = part.lastIndexOf('.');
    int slash = part.lastIndexOf('/');
    return dot > slash ? defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT)) : null;
  }

  /** True if the package declares no types at all (then nothing is compared). */
  boolean isEmpty() {
    return overrides.isEmpty() && defaults.isEmpty();
  }

  /** Part names compare decoded, without leading slash, ignoring case (as OPC does). */
  private static String key(String partName) {
    String n = PartDereferencer.partName(partName.strip());
    return (n != null ? n : partName.strip()).toLowerCase(Locale.ROOT);
  }
}
