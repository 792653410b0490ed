package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The plain-text body of an Outlook message (.msg), and what it says that the shown body does not.
 *
 * <p>An Outlook message stores its body in up to three renderings: plain text, HTML and compressed
 * RTF. Tika's Outlook extractor writes only the richest (HTML, else RTF, else plain text), as a
 * mail program shows it; but the renderings can differ, as those of a MIME {@code
 * multipart/alternative} can: the plain body of corpus {@code testMSG_chinese.msg} says "Search word
 * testing by Lydia", its HTML does not; the plain body of a newsletter lists the addresses its links
 * point to. As for MIME alternatives ({@link AlternativeText}), the paragraphs of the plain body
 * that hold a word the shown text lacks are added after it, in a {@code div} of class {@code
 * email-alternative}; a plain body that repeats the shown one adds nothing.
 *
 * <p>Cost: the message's property streams are read a second time by POI (Tika's extractor does not
 * expose its message); the comparison is linear in both texts. Not thread-safe (an {@link Inserter}
 * holds the state of one parse).
 */
final class OutlookPlainBody {

  private OutlookPlainBody() {}

  /**
   * The plain-text body of the message in {@code file}, or null when it has none. 7-bit (non-Unicode)
   * bodies are decoded with the message's code page, as POI guesses it.
   */
  static String read(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      MAPIMessage msg = new MAPIMessage(fs.getRoot());
      msg.setReturnNullOnMissingChunk(true);
      msg.guess7BitEncoding();
      try {
        return msg.getTextBody();
      } catch (org.apache.poi.hsmf.exceptions.ChunkNotFoundException e) {
        return null; // no plain body: nothing to compare
      }
    }
  }

  /**
   * Passes Tika's XHTML on, keeping its text, and before the end of its body adds the paragraphs of
   * {@code plain} that hold a word that text lacks.
   */
  static final class Inserter extends ContentHandlerDecorator {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final String plain;
    private final StringBuilder shown = new StringBuilder();
    private boolean written;

    Inserter(ContentHandler handler, String plain) {
      super(handler);
      this.plain = plain;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      shown.append(ch, start, length);
      super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      shown.append(ch, start, length);
      super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
      shown.append('\n'); // an element boundary separates words ("…mitre.org</dd><p>This…")
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      shown.append('\n');
      if ("body".equals(localName) && !written) {
        written = true;
        List<String> added = AlternativeText.unshownParagraphs(shown.toString(), plain, false);
        if (!added.isEmpty()) {
          AttributesImpl cls = new AttributesImpl();
          cls.addAttribute("", "class", "class", "CDATA", "email-alternative");
          super.startElement(XHTML, "div", "div", cls);
          for (String p : added) {
            super.startElement(XHTML, "p", "p", new AttributesImpl());
            super.characters(p.toCharArray(), 0, p.length());
            super.endElement(XHTML, "p", "p");
          }
          super.endElement(XHTML, "div", "div");
        }
      }
      super.endElement(uri, localName, name);
    }
  }
}
