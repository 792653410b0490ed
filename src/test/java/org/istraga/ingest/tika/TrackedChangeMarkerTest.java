package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rewriting of Word and OpenDocument parts that marks tracked deletions, on the XML itself. */
class TrackedChangeMarkerTest {

  private static final String W = "xmlns:w=\"" + TrackedChangeMarker.W_NS + "\"";

  @Test
  void wordDeletionsGetOneMarkerPerAuthorAndSpacesOnlyWhereMissing() throws Exception {
    String out = word("<w:p><w:r><w:t xml:space=\"preserve\">Iznos je </w:t></w:r>"
        + del("Ana", "100 ") + "\n  " + del("Ana", "dinara") + del("Marko", ", odnosno 200")
        + "<w:ins w:author=\"Ana\"><w:r><w:t>300 dinara</w:t></w:r></w:ins>"
        + "<w:r><w:t>.</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"Ana\"/></w:rPr></w:pPr><w:r><w:t>Kraj.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Rok</w:t></w:r>" + del("", " od 30 dana") + "</w:p>");
    assertEquals("Iznos je [deleted by Ana: 100 dinara] [deleted by Marko: , odnosno 200] 300 dinara.|Kraj.|"
        + "Rok [deleted:  od 30 dana]|", out);
  }

  @Test
  void movedFromTextIsMarkedAsMoved() throws Exception {
    String out = word("<w:p><w:moveFrom w:id=\"1\" w:author=\"Ana Ilić\"><w:r><w:t>Isporuka u Nišu.</w:t></w:r>"
        + "</w:moveFrom></w:p>");
    assertEquals("[moved from here by Ana Ilić: Isporuka u Nišu.]|", out);
  }

  @Test
  void openDocumentDeletionsMoveToTheirMark() throws Exception {
    String ns = "xmlns:office=\"" + OdfContentParser.OFFICE_NS + "\" xmlns:text=\"" + OdfContentParser.TEXT_NS
        + "\" xmlns:dc=\"" + OdfContentParser.DC_NS + "\"";
    String xml = "<office:document-content " + ns + "><office:body><office:text><text:tracked-changes>"
        + "<text:changed-region text:id=\"c1\"><text:deletion><office:change-info><dc:creator>Ana</dc:creator>"
        + "</office:change-info><text:p>stari</text:p><text:p>tekst</text:p></text:deletion></text:changed-region>"
        + "<text:changed-region text:id=\"c2\"><text:deletion><office:change-info><dc:creator>Marko</dc:creator>"
        + "</office:change-info><text:p>bez oznake</text:p></text:deletion></text:changed-region>"
        + "</text:tracked-changes><text:p>Ovo je <text:change text:change-id=\"c1\"/> novi tekst.</text:p>"
        + "</office:text></office:body></office:document-content>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OdfContentParser.markDeletions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), out);
    String text = out.toString(StandardCharsets.UTF_8).replaceAll("<text:p>", "|").replaceAll("<[^>]+>", "");
    assertEquals("|Ovo je [deleted by Ana: stari tekst] novi tekst.|[deleted by Marko: bez oznake]", text);
  }

  private static String del(String author, String text) {
    return "<w:del w:id=\"1\"" + (author.isEmpty() ? "" : " w:author=\"" + author + "\"")
        + "><w:r><w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r></w:del>";
  }

  /** The text of the marked part: runs' text, paragraphs ended by |. */
  private static String word(String body) throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
        + "</w:body></w:document>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrackedChangeMarker.mark(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), out);
    String marked = out.toString(StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<w:(?:t|delText)[^>]*>([^<]*)</w:(?:t|delText)>|</w:p>|<w:t[^>]*>([^<]*)<").matcher(marked);
    while (m.find()) {
      text.append(m.group().equals("</w:p>") ? "|" : m.group(1) != null ? m.group(1) : m.group(2));
    }
    return text.toString();
  }
}
