package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in the legacy encodings of Serbian and Croatian files is read without mojibake through the
 * whole ingest (forked Tika, configured detectors): windows-1250 and ISO-8859-2 Latin, UTF-16
 * without a byte-order mark, HTML without a meta charset, and ZIP entry names in the DOS code pages
 * Windows' compressed folders use.
 */
class LegacyEncodingsIngestTest {

  static final String LATIN = "Ugovor o javnoj nabavci broj 404-12/2023. Naručilac Gradska uprava grada Niša "
      + "zaključuje sa ponuđačem Preduzeće za izgradnju puteva d.o.o. iz Beograda ugovor o izvođenju "
      + "radova. Ponuđač je dužan da dostavi garanciju za dobro izvršenje posla. Đorđe Jovanović, "
      + "direktor; Ljubica Nježić, službenica.\n";
  static final String CYRILLIC = "Уговор о јавној набавци број 404-12/2023. Наручилац Градска управа града "
      + "Ниша закључује са понуђачем Предузеће за изградњу путева д.о.о. из Београда уговор о извођењу "
      + "радова. Ђорђе Јовановић, директор; Љубица Њежић, службеница.\n";

  @TempDir Path tmp;

  @Test
  void centralEuropeanUtf16AndDosNamesReadRight() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ugovor-1250.txt"), LATIN.getBytes("windows-1250"));
    Evidence.write(leak.resolve("ugovor-8859-2.txt"), LATIN.getBytes("ISO-8859-2"));
    Evidence.write(leak.resolve("ponude-1250.csv"),
        "Naziv;PIB;Iznos\nPreduzeće Đurđevak d.o.o.;100123456;1.200.000,00\nŠećer Žuta;102555777;99,99\n"
            .getBytes("windows-1250"));
    Evidence.write(leak.resolve("ugovor-utf16.txt"), CYRILLIC.getBytes(StandardCharsets.UTF_16LE));
    Evidence.write(leak.resolve("odluka.html"),
        ("<html><head><title>Odluka o dodeli ugovora - Čačak</title></head><body><p>" + LATIN
            + "</p></body></html>").getBytes("windows-1250"));
    Evidence.write(leak.resolve("latin-windows.zip"), dosZip("IBM852", "Dokumenti/Ponuđač_Šećer_Čačak.txt", LATIN));
    Evidence.write(leak.resolve("cyrillic-windows.zip"), dosZip("IBM855", "Понуда_Ђурђевак.txt", CYRILLIC));

    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    for (String name : new String[] {"ugovor-1250.txt", "ugovor-8859-2.txt"}) {
      DocumentRecord d = recs.byPathSuffix("/" + name);
      assertEquals("ok", d.status, name);
      assertTrue(d.text.contains("Ponuđač je dužan da dostavi garanciju za dobro izvršenje posla. Đorđe Jovanović"),
          name + ": " + d.text);
      assertEquals("latin", d.script, name);
      assertEquals("sr", d.language, name);
    }
    assertTrue(recs.byPathSuffix("/ponude-1250.csv").text.contains("Preduzeće Đurđevak d.o.o.;100123456"));
    assertTrue(recs.byPathSuffix("/ponude-1250.csv").text.contains("Šećer Žuta"));

    DocumentRecord utf16 = recs.byPathSuffix("/ugovor-utf16.txt");
    assertTrue(utf16.text.contains("Ђорђе Јовановић, директор; Љубица Њежић"), utf16.text);
    assertEquals("cyrillic", utf16.script);
    assertEquals("sr", utf16.language);

    DocumentRecord html = recs.byPathSuffix("/odluka.html");
    assertEquals("Odluka o dodeli ugovora - Čačak", html.title);
    assertTrue(html.text.contains("Ponuđač je dužan"), html.text);

    DocumentRecord latinEntry = recs.byPathSuffix("/latin-windows.zip!/Dokumenti/Ponuđač_Šećer_Čačak.txt");
    assertTrue(latinEntry.text.contains("Ponuđač je dužan"));
    assertEquals("Dokumenti/Ponuđač_Šećer_Čačak.txt", latinEntry.occurrences.get(0).name());
    DocumentRecord cyrillicEntry = recs.byPathSuffix("/cyrillic-windows.zip!/Понуда_Ђурђевак.txt");
    assertTrue(cyrillicEntry.text.contains("Ђорђе Јовановић"));
    assertEquals(1, cyrillicEntry.occurrences.get(0).depth());
  }

  @Test
  void htmlWhoseMetaCharsetLiesReadsRight() throws Exception {
    Path leak = tmp.resolve("html");
    Evidence.write(leak.resolve("cyr-1251-says-latin1.html"), html(CYRILLIC, "iso-8859-1").getBytes("windows-1251"));
    Evidence.write(leak.resolve("lat-1250-says-latin1.html"), html(LATIN, "iso-8859-1").getBytes("windows-1250"));
    Evidence.write(leak.resolve("cyr-utf8-says-1251.html"), html(CYRILLIC, "windows-1251").getBytes(StandardCharsets.UTF_8));
    Evidence.write(leak.resolve("lat-utf8-says-1250.html"), html(LATIN, "windows-1250").getBytes(StandardCharsets.UTF_8));
    Evidence.write(leak.resolve("cyr-1251-says-utf8.html"), html(CYRILLIC, "utf-8").getBytes("windows-1251"));
    Evidence.write(leak.resolve("cyr-1251-true.html"), html(CYRILLIC, "windows-1251").getBytes("windows-1251"));
    Path caseDir = tmp.resolve("case-html");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    for (String name : new String[] {"cyr-1251-says-latin1.html", "cyr-utf8-says-1251.html", "cyr-1251-says-utf8.html",
        "cyr-1251-true.html"}) {
      DocumentRecord d = recs.byPathSuffix("/" + name);
      assertTrue(d.text.contains("Ђорђе Јовановић, директор; Љубица Њежић"), name + ": " + d.text);
      assertEquals("cyrillic", d.script, name);
      assertEquals("sr", d.language, name);
    }
    for (String name : new String[] {"lat-1250-says-latin1.html", "lat-utf8-says-1250.html"}) {
      DocumentRecord d = recs.byPathSuffix("/" + name);
      assertTrue(d.text.contains("Ponuđač je dužan da dostavi garanciju za dobro izvršenje posla. Đorđe Jovanović"),
          name + ": " + d.text);
      assertEquals("latin", d.script, name);
      assertEquals("sr", d.language, name);
    }
  }

  private static String html(String body, String declared) {
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
        + "\"><title>Odluka</title></head><body><p>" + body + "</p></body></html>";
  }

  /** A ZIP as Windows' compressed folders write it: names in the DOS code page, no UTF-8 flag. */
  private static byte[] dosZip(String codePage, String name, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName(codePage))) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
