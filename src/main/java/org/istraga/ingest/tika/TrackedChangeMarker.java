package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Marks the deleted text of Word tracked changes, so that it stays searchable and cannot be taken
 * for the document's current text.
 *
 * <p>Word keeps unaccepted deletions ({@code w:del}) and the old place of moved text ({@code
 * w:moveFrom}) in the file. Tika's extractors write that text inline with no mark, run into the
 * text inserted in its place: "Cena iznosi 1.500.000,00 dinara2.300.000,00 dinara" for a price that
 * was changed, which reads as both prices and merges the words at the seam. This class writes a
 * copy of the document in which every such span is enclosed in marker runs,
 * {@code [deleted by AUTHOR: …]} and {@code [moved from here by AUTHOR: …]} ({@code [deleted: …]}
 * without an author); adjacent spans of one kind and author (Word splits a deletion at every
 * formatting change) share one marker, so a phrase inside a deletion stays a phrase. Tika then
 * parses the copy; all other parts are copied raw, so embedded objects keep their bytes.
 *
 * <p>Only the main document, headers, footers, footnotes, endnotes and comments ({@code
 * word/*.xml}) are rewritten, and only when one of them holds deleted or moved-from text; other
 * files are not copied at all. Deletions of paragraph marks, table rows and formatting (inside
 * {@code *Pr} elements) have no text and are left alone.
 *
 * <p>Cost: a scan of the {@code word/*.xml} parts for the markers' tags; when there is something to
 * mark, one StAX pass over those parts and a raw copy of the other entries. Constant memory.
 * Stateless and thread-safe.
 */
final class TrackedChangeMarker {

  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern WORD_PART = Pattern.compile("word/[^/]+\\.xml");
  private static final byte[][] NEEDLES = {
      "delText".getBytes(StandardCharsets.US_ASCII), "moveFrom".getBytes(StandardCharsets.US_ASCII)};
  /** Run containers whose text is no longer the document's. */
  private static final List<String> KINDS = List.of("del", "moveFrom");
  /** Elements whose characters are text. */
  private static final List<String> TEXT = List.of("t", "delText");

  private TrackedChangeMarker() {}

  /** True when a {@code word/*.xml} part of {@code docx} holds deleted or moved-from text. */
  static boolean hasDeletions(Path docx) {
    try (ZipFile zip = ZipFile.builder().setPath(docx).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        if (WORD_PART.matcher(e.getName()).matches()) {
          try (InputStream in = zip.getInputStream(e)) {
            if (contains(in)) {
              return true;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return false; // not a readable ZIP: the parser reports the damage
    }
    return false;
  }

  private static boolean contains(InputStream in) throws IOException {
    byte[] buf = new byte[64 * 1024];
    int keep = 8;
    int filled = 0;
    int n;
    while ((n = in.read(buf, filled, buf.length - filled)) > 0) {
      int end = filled + n;
      for (byte[] needle : NEEDLES) {
        if (indexOf(buf, end, needle) >= 0) {
          return true;
        }
      }
      int tail = Math.min(keep, end);
      System.arraycopy(buf, end - tail, buf, 0, tail);
      filled = tail;
    }
    return false;
  }

  private static int indexOf(byte[] hay, int end, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= end; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Writes to {@code target} a copy of {@code docx} with its deletions marked. */
  static void writeMarked(Path docx, Path target) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(docx).get();
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        if (!WORD_PART.matcher(e.getName()).matches()) {
          try (InputStream raw = zip.getRawInputStream(e)) {
            out.addRawArchiveEntry(e, raw);
          }
          continue;
        }
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setMethod(ZipArchiveEntry.DEFLATED);
        copy.setTime(e.getTime());
        out.putArchiveEntry(copy);
        try (InputStream in = zip.getInputStream(e)) {
          mark(in, out);
        } catch (XMLStreamException x) {
          throw new IOException("cannot read " + e.getName() + " of " + docx.getFileName() + ": " + x.getMessage(), x);
        }
        out.closeArchiveEntry();
      }
      out.finish();
    }
  }

  /** Copies one WordprocessingML part, enclosing its deleted and moved-from runs in markers. */
  static void mark(InputStream in, OutputStream out) throws XMLStreamException {
    XMLInputFactory inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLEventReader reader = inputs.createXMLEventReader(CloseShieldInputStream.wrap(in));
    XMLEventWriter writer = XMLOutputFactory.newFactory()
        .createXMLEventWriter(CloseShieldOutputStream.wrap(out), "UTF-8");
    XMLEventFactory events = XMLEventFactory.newFactory();
    Deque<QName> open = new ArrayDeque<>();
    String pendingKey = null; // kind and author of a closed span whose marker may go on
    String pendingPrefix = null;
    String markingKey = null;
    int marking = 0; // depth (in open) of the span being marked, 0 when none
    char last = '\n'; // last character of text written in the current paragraph
    boolean spaceAfter = false; // a marker was closed: the next text needs a space before it
    while (reader.hasNext()) {
      XMLEvent ev = reader.nextEvent();
      if (ev.isStartDocument()) {
        writer.add(events.createStartDocument("UTF-8", "1.0", true));
        continue;
      }
      if (pendingKey != null) {
        if (ev.isCharacters() && ev.asCharacters().isWhiteSpace()) {
          continue; // white space between runs is no text in WordprocessingML
        }
        if (ev.isStartElement() && pendingKey.equals(spanKey(ev.asStartElement(), open.peek()))) {
          // the same kind and author goes on: one marker for both
          open.push(ev.asStartElement().getName());
          marking = open.size();
          markingKey = pendingKey;
          pendingKey = null;
          writer.add(ev);
          continue;
        }
        writeRun(writer, events, pendingPrefix, "]");
        spaceAfter = true;
        last = ']';
        pendingKey = null;
      }
      if (ev.isStartElement()) {
        StartElement start = ev.asStartElement();
        String key = marking == 0 ? spanKey(start, open.peek()) : null;
        open.push(start.getName());
        if (key != null) {
          marking = open.size();
          markingKey = key;
          String space = Character.isWhitespace(last) ? "" : " ";
          writeRun(writer, events, start.getName().getPrefix(), space + opening(start));
          spaceAfter = false;
        } else if (W_NS.equals(start.getName().getNamespaceURI()) && "p".equals(start.getName().getLocalPart())) {
          last = '\n';
          spaceAfter = false;
        }
        writer.add(ev);
      } else if (ev.isEndElement()) {
        writer.add(ev);
        if (marking == open.size()) {
          pendingKey = markingKey;
          pendingPrefix = open.peek().getPrefix();
          marking = 0;
        }
        open.pop();
      } else {
        if (ev.isCharacters() && !open.isEmpty() && W_NS.equals(open.peek().getNamespaceURI())
            && TEXT.contains(open.peek().getLocalPart())) {
          String data = ev.asCharacters().getData();
          if (!data.isEmpty()) {
            if (spaceAfter && !Character.isWhitespace(data.charAt(0))) {
              writer.add(events.createCharacters(" "));
            }
            spaceAfter = false;
            last = data.charAt(data.length() - 1);
          }
        }
        writer.add(ev);
      }
    }
    writer.flush();
    writer.close();
    reader.close();
  }

  /**
   * The kind and author of a run-level deletion or move source, or null for any other element
   * (including the text-less deletion marks inside {@code *Pr} properties).
   */
  private static String spanKey(StartElement e, QName parent) {
    QName name = e.getName();
    if (!W_NS.equals(name.getNamespaceURI()) || !KINDS.contains(name.getLocalPart())) {
      return null;
    }
    if (parent == null || parent.getLocalPart().endsWith("Pr") || parent.getLocalPart().endsWith("PrChange")) {
      return null;
    }
    return name.getLocalPart() + "\u0000" + author(e);
  }

  private static String author(StartElement e) {
    Attribute a = e.getAttributeByName(new QName(W_NS, "author"));
    return a == null ? "" : a.getValue().strip();
  }

  private static String opening(StartElement e) {
    String author = author(e);
    String what = "moveFrom".equals(e.getName().getLocalPart()) ? "moved from here" : "deleted";
    return "[" + what + (author.isEmpty() ? "" : " by " + author) + ": ";
  }

  private static void writeRun(XMLEventWriter w, XMLEventFactory f, String prefix, String text)
      throws XMLStreamException {
    w.add(f.createStartElement(prefix, W_NS, "r"));
    w.add(f.createStartElement(prefix, W_NS, "t"));
    w.add(f.createAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve"));
    w.add(f.createCharacters(text));
    w.add(f.createEndElement(prefix, W_NS, "t"));
    w.add(f.createEndElement(prefix, W_NS, "r"));
  }
}
