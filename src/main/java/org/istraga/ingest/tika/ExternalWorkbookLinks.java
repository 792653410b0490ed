package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The other workbooks an Excel file's formulas read from ({@code ='C:\Users\marko\[fond.xlsx]List1'!A1}).
 * Tika only says that such links exist ({@code msoffice:excel:has-external-links}); the paths name
 * files, folders and machines the investigators may not have, so they are kept in the metadata as
 * {@code istraga:external_link}, one value per link, as the file stores them.
 *
 * <p>Cost: a look at the ZIP's entry names and, when the file has external links, one small
 * relationships part per link. Stateless and thread-safe.
 */
final class ExternalWorkbookLinks {

  /** Metadata key of the linked workbooks' paths. */
  static final String KEY = "istraga:external_link";
  private static final Pattern RELS = Pattern.compile("xl/externalLinks/_rels/[^/]+\\.rels");
  private static final int MAX = 200;

  private ExternalWorkbookLinks() {}

  /** The paths of the workbooks {@code xlsx} links to; empty when none or unreadable. */
  static List<String> read(Path xlsx) {
    List<String> out = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements() && out.size() < MAX) {
        ZipArchiveEntry e = entries.nextElement();
        if (!RELS.matcher(e.getName()).matches()) {
          continue;
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(e)) {
          XMLStreamReader r = f.createXMLStreamReader(in);
          while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())
                && "External".equals(r.getAttributeValue(null, "TargetMode"))) {
              String target = r.getAttributeValue(null, "Target");
              if (target != null && !target.isBlank() && !out.contains(target)) {
                out.add(target);
              }
            }
          }
          r.close();
        }
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return out; // damaged: what was read so far; the parser reports the damage
    }
    return out;
  }
}
