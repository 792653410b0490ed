package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.RarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RAR archives through the whole ingest: Istraga cannot unpack them (no RAR decompressor is
 * bundled), so each is {@code unsupported} with a reason saying how to unpack it, and its entry
 * names are its text, found by search; one whose names are encrypted is {@code encrypted}.
 */
class RarIngestTest {

  @TempDir Path tmp;

  @Test
  void rarEntryNamesAreSearchableAndTheReasonSaysHowToUnpack() throws Exception {
    long mtime = 1565618602L;
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ugovori-2019.rar"), RarWriter.rar5()
        .directory("MUP", mtime)
        .file("MUP/Ugovor-404-02-117-Đurđevak.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
            mtime, false)
        .file("MUP/cene.xlsx", new byte[300], mtime, true)
        .bytes());
    Evidence.write(leak.resolve("stara-arhiva.rar"), RarWriter.rar4()
        .unicodeFile("Понуда-Телеком.docx", new byte[50], mtime)
        .bytes());
    Evidence.write(leak.resolve("zakljucano.rar"), RarWriter.rar5WithEncryptedHeaders());

    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord rar5 = recs.byPathSuffix("/ugovori-2019.rar");
    assertEquals("unsupported", rar5.status);
    assertTrue(rar5.statusReason.startsWith("RAR archive: its 3 entry names are listed"),
        rar5.statusReason);
    assertTrue(rar5.statusReason.contains("unpack it with unrar"), rar5.statusReason);
    assertTrue(rar5.statusReason.contains("1 entries are encrypted"), rar5.statusReason);
    assertTrue(rar5.text.contains("MUP/Ugovor-404-02-117-Đurđevak.pdf · 8 bytes"), rar5.text);
    assertEquals(1, recs.paths().stream().filter(p -> p.contains("ugovori-2019.rar")).count(),
        "no children are made: " + recs.paths());

    DocumentRecord rar4 = recs.byPathSuffix("/stara-arhiva.rar");
    assertEquals("unsupported", rar4.status);
    assertTrue(rar4.text.contains("Понуда-Телеком.docx"), rar4.text);

    DocumentRecord locked = recs.byPathSuffix("/zakljucano.rar");
    assertEquals("encrypted", locked.status);
    assertTrue(locked.statusReason.contains("encrypted file names"), locked.statusReason);

    // the names are found as words, in either script
    Cli.Result hit = Cli.run("search", "--case", caseDir.toString(), "--json", "Djurdjevak");
    assertEquals(ExitCode.OK, hit.code(), hit::toString);
    assertTrue(hit.out().contains("ugovori-2019.rar"), hit.out());
    Cli.Result cyr = Cli.run("search", "--case", caseDir.toString(), "--json", "ponuda telekom");
    assertTrue(cyr.out().contains("stara-arhiva.rar"), cyr.out());
  }
}
