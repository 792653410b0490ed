package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyRulesTest {

  private static OffsetDateTime t(String iso) {
    return OffsetDateTime.parse(iso);
  }

  @Test
  void modifiedBeforeCreatedWithinOneSource() {
    AnalysisContext ctx = new AnalysisContext(ForensicOptions.defaults());
    ctx.date("office.properties", DeclaredDate.CREATED, t("2021-03-10T09:00:00Z"));
    ctx.date("office.properties", DeclaredDate.MODIFIED, t("2021-03-01T17:30:00Z"));
    // different sources are not compared with each other
    ctx.date("pdf.info", DeclaredDate.CREATED, t("2021-03-10T09:00:00Z"));
    ctx.date("pdf.xmp", DeclaredDate.MODIFIED, t("2021-01-01T00:00:00Z"));
    ConsistencyRules.apply(ctx);
    List<Flag> flags =
        ctx.flags().stream().filter(f -> f.is(FlagName.DATES_MODIFIED_BEFORE_CREATED)).toList();
    assertEquals(1, flags.size());
    assertEquals("office.properties", flags.get(0).evidence().get("source"));
    assertEquals("2021-03-10T09:00:00Z", flags.get(0).evidence().get("created"));
    assertEquals("2021-03-01T17:30:00Z", flags.get(0).evidence().get("modified"));
  }

  @Test
  void differencesWithinAMinuteAreNotFlagged() {
    AnalysisContext ctx = new AnalysisContext(ForensicOptions.defaults());
    ctx.date("image.exif", DeclaredDate.CREATED, t("2019-05-01T10:22:30Z"));
    ctx.date("image.exif", DeclaredDate.MODIFIED, t("2019-05-01T10:22:00Z"));
    ConsistencyRules.apply(ctx);
    assertTrue(ctx.flags().isEmpty());
  }

  @Test
  void datesAfterTheAnalysisTimeAreInTheFuture() {
    // E-MODELE_CONTRAT_2007_EN.doc: created 2007-06-04T10:45Z, saved 2007-06-06T18:23Z (olefile)
    Clock clock = Clock.fixed(Instant.parse("2007-06-02T00:00:00Z"), ZoneOffset.UTC);
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults().withClock(clock))
            .analyze(Corpus.file("e_office/E-MODELE_CONTRAT_2007_EN.doc"), "application/msword");
    List<Flag> future = r.flags(FlagName.DATE_IN_FUTURE);
    assertEquals(
        List.of("created", "modified"),
        future.stream().map(f -> f.evidence().get("role")).toList());
    assertEquals("2007-06-02T00:00:00Z", future.get(0).evidence().get("now"));
    assertEquals("2007-06-02T00:00:00Z", r.analyzedAt());
    // the same file analyzed "today" raises nothing
    assertFalse(
        new ForensicAnalyzer(ForensicOptions.defaults())
            .analyze(Corpus.file("e_office/E-MODELE_CONTRAT_2007_EN.doc"), "application/msword")
            .hasFlag(FlagName.DATE_IN_FUTURE));
  }

  @Test
  void officeDocumentSavedBeforeItWasCreated(@TempDir Path dir) throws Exception {
    String core =
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
            + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:dcterms=\"http://purl.org/dc/terms/\">"
            + "<dc:creator>Marko</dc:creator><cp:lastModifiedBy>Marko</cp:lastModifiedBy>"
            + "<cp:revision>4</cp:revision>"
            + "<dcterms:created>2021-03-10T09:00:00Z</dcterms:created>"
            + "<dcterms:modified>2021-03-01T17:30:00Z</dcterms:modified></cp:coreProperties>";
    Path docx = dir.resolve("backdated.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<Types/>");
      put(zip, "docProps/core.xml", core);
      put(
          zip,
          "word/document.xml",
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }
    ForensicReport r = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(docx, null);
    assertEquals("4", r.office().revisionNumber());
    Flag f = r.flag(FlagName.DATES_MODIFIED_BEFORE_CREATED).orElseThrow();
    assertEquals("office.properties", f.evidence().get("source"));
    assertFalse(r.hasFlag(FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER));
  }

  @Test
  void aLastSaverAmongSeveralAuthorsIsNotAnotherAccount(@TempDir Path dir) throws Exception {
    // Word writes several authors into one property, separated by semicolons
    ForensicReport among = new ForensicAnalyzer(ForensicOptions.defaults())
        .analyze(docx(dir.resolve("among.docx"), "Petrović, Ana; Marko Marković;Jovan", "marko marković "), null);
    assertEquals("Petrović, Ana; Marko Marković;Jovan", among.office().author());
    assertFalse(among.hasFlag(FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER));

    ForensicReport other = new ForensicAnalyzer(ForensicOptions.defaults())
        .analyze(docx(dir.resolve("other.docx"), "Petrović, Ana; Marko Marković", "Petrović"), null);
    Flag f = other.flag(FlagName.AUTHOR_DIFFERS_FROM_LAST_MODIFIER).orElseThrow();
    assertEquals("Petrović, Ana; Marko Marković", f.evidence().get("author"));
    assertEquals("Petrović", f.evidence().get("last_modified_by"));
  }

  private static Path docx(Path docx, String creator, String lastModifiedBy) throws Exception {
    String core =
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
            + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:creator>" + creator + "</dc:creator><cp:lastModifiedBy>" + lastModifiedBy
            + "</cp:lastModifiedBy></cp:coreProperties>";
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<Types/>");
      put(zip, "docProps/core.xml", core);
      put(
          zip,
          "word/document.xml",
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }
    return docx;
  }

  private static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
