package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.findings.Citation;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSL-JSON validates against the official schema; RIS and BibTeX parse with independent parsers. */
class CitationFormatsTest {

  @TempDir Path tmp;

  static List<Citation> citations() {
    Citation a = new Citation("ist-65a910d6a7bc-p3-3522", "65a910d6a7bc1a408d57d4bd318ad7c0b6fe5c00a8d4a0a7d71771c7b2625fd5",
        "65a910d6a7bc", 3, true, 4, "Изворни код GIS софтвера депону-\nје се код јавног бележника у Нишу", "Члан 3.\n", ".\n",
        3522, 3587, 120, 185, false, List.of("/leak/ugovori/Ugovor {1}_100%.pdf", "/leak/a.zip!/b.pdf"),
        "Уговор бр. 404-02-117/2019-06", List.of("МУП – Сектор за материјално-финансијске послове", "Chen Liang"),
        "2019-08-14T09:20:00Z", null, "2019-08-14T09:20:00Z", "application/pdf", "ana", "2026-01-02T03:04:05Z", null);
    Citation b = new Citation("ist-1af095ec0d78-p1-10", "1af095ec0d786249c8f0b77c5de94c7110df330af099a07bf795507efea1d1ea",
        "1af095ec0d78", 1, false, null, "U prilogu je potpisan primerak & cena $ # ~ ^ \\ {x}", "", "", 10, 60, 10, 60, false,
        List.of("/leak/posta/mail.eml"), null, List.of(), null, null, null, "message/rfc822", "bojan", null, "u prilogu");
    return List.of(a, b);
  }

  @Test
  void niUriIsBase64urlOfTheDigest() {
    assertEquals("ni:///sha-256;ZakQ1qe8GkCNV9S9MYrXwLb-XACo1KCn1xdxx7JiX9U",
        NiUri.sha256("65a910d6a7bc1a408d57d4bd318ad7c0b6fe5c00a8d4a0a7d71771c7b2625fd5"));
  }

  @Test
  void cslJsonValidatesAgainstTheCslDataSchema() throws Exception {
    String json = CitationFormats.cslJson(citations());
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/csl/csl-data.json")) {
      SchemaRegistry reg = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
      schema = reg.getSchema(in);
    }
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertTrue(errors.isEmpty(), errors.toString());
    assertTrue(json.contains("\"locator\" : \"3\""), json);
    assertTrue(json.contains("\"URL\" : \"ni:///sha-256;ZakQ1qe8GkCNV9S9MYrXwLb-XACo1KCn1xdxx7JiX9U\""), json);
    List<Error> bad = schema.validate("[{\"id\":\"x\",\"type\":\"document\",\"quote\":\"not a CSL field\"}]", InputFormat.JSON);
    assertTrue(!bad.isEmpty(), "the schema really rejects unknown fields");
  }

  @Test
  void bibtexParsesWithJbibtex() throws Exception {
    String bib = CitationFormats.bibtex(citations());
    BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
    assertEquals(2, db.getEntries().size());
    BibTeXEntry e = db.getEntries().get(new Key("ist-65a910d6a7bc-p3-3522"));
    assertEquals("{Уговор бр. 404-02-117/2019-06}", e.getField(BibTeXEntry.KEY_TITLE).toUserString());
    assertEquals("3", e.getField(BibTeXEntry.KEY_PAGES).toUserString());
    assertEquals("ni:///sha-256;ZakQ1qe8GkCNV9S9MYrXwLb-XACo1KCn1xdxx7JiX9U", e.getField(BibTeXEntry.KEY_URL).toUserString());
    assertTrue(e.getField(BibTeXEntry.KEY_AUTHOR).toUserString().contains("{Chen Liang}"));
    assertTrue(e.getField(BibTeXEntry.KEY_NOTE).toUserString().contains("Изворни код GIS софтвера депону- је се"));
    BibTeXEntry mail = db.getEntries().get(new Key("ist-1af095ec0d78-p1-10"));
    assertTrue(mail.getField(BibTeXEntry.KEY_NOTE).toUserString().contains("\\& cena \\$ \\#"));
  }

  @Test
  void risAndBibtexParseWithBibutils() throws Exception {
    assumeTrue(onPath("ris2xml") && onPath("bib2xml"),
        "SKIPPED: bibutils (ris2xml, bib2xml) not installed; scripts/setup installs it");
    Path ris = tmp.resolve("c.ris");
    Files.writeString(ris, CitationFormats.ris(citations()), StandardCharsets.UTF_8);
    String mods = run("ris2xml", ris);
    assertEquals(2, count(mods, "<mods ID="), mods);
    assertTrue(mods.contains("<title>Уговор бр. 404-02-117/2019-06</title>"), mods);
    assertTrue(mods.contains("<url>ni:///sha-256;ZakQ1qe8GkCNV9S9MYrXwLb-XACo1KCn1xdxx7JiX9U</url>"), mods);
    assertTrue(mods.contains("<detail type=\"page\"><number>3</number></detail>"), mods);
    Path bib = tmp.resolve("c.bib");
    Files.writeString(bib, CitationFormats.bibtex(citations()), StandardCharsets.UTF_8);
    String bmods = run("bib2xml", bib);
    assertEquals(2, count(bmods, "<mods ID="), bmods);
    assertTrue(bmods.contains("<url>ni:///sha-256;ZakQ1qe8GkCNV9S9MYrXwLb-XACo1KCn1xdxx7JiX9U</url>"), bmods);
  }

  private static int count(String s, String what) {
    return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private static String run(String tool, Path in) throws Exception {
    Process p = new ProcessBuilder(tool, in.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), tool + " failed");
    return out;
  }
}
