package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.istraga.testing.Corpus;
import org.istraga.testing.RarWriter;
import org.junit.jupiter.api.Test;

/**
 * The table of contents of RAR 4 and RAR 5 archives, read from their headers: archives built by
 * the test after the published format descriptions (stored entries, exact checksums) and the
 * corpus's real RAR files, whose listing is compared with what 7-Zip lists for them.
 */
class RarDirectoryTest {

  /** 2019-08-12T14:03:22Z. */
  private static final long MTIME = 1565618602L;

  private static RarDirectory read(byte[] b) throws IOException {
    return RarDirectory.read(new ByteArrayInputStream(b), 1000);
  }

  private static List<String> names(RarDirectory d) {
    return d.entries().stream().map(RarDirectory.Entry::name).toList();
  }

  @Test
  void rar5ListsNamesSizesTimesDirectoriesAndEncryptedEntries() throws Exception {
    byte[] rar = RarWriter.rar5()
        .directory("Ugovori", MTIME)
        .file("Ugovori/Уговор-404-02-117.pdf", "%PDF-1.4 ugovor".getBytes(StandardCharsets.UTF_8),
            MTIME, false)
        .file("Ugovori/Ponuđač_cene.xlsx", new byte[1234], MTIME, true)
        .bytes();
    RarDirectory d = read(rar);
    assertEquals(5, d.version());
    assertFalse(d.damaged() || d.truncated() || d.headersEncrypted() || d.moreEntries());
    assertEquals(List.of("Ugovori", "Ugovori/Уговор-404-02-117.pdf", "Ugovori/Ponuđač_cene.xlsx"),
        names(d));
    RarDirectory.Entry dir = d.entries().get(0);
    RarDirectory.Entry pdf = d.entries().get(1);
    RarDirectory.Entry xlsx = d.entries().get(2);
    assertTrue(dir.directory());
    assertEquals(15, pdf.size());
    assertEquals("2019-08-12T14:03:22Z", pdf.modified());
    assertFalse(pdf.encrypted());
    assertTrue(xlsx.encrypted());
    assertEquals(1234, xlsx.size());
  }

  @Test
  void rar4ListsDosTimesAndBothKindsOfNames() throws Exception {
    byte[] rar = RarWriter.rar4()
        .file("memo.txt", "Beleška".getBytes(StandardCharsets.UTF_8), MTIME, false)
        .unicodeFile("Понуда Ђурђевак č ć.txt", new byte[7], MTIME)
        .directory("arhiva", MTIME)
        .file("tajno.docx", new byte[40], MTIME, true)
        .bytes();
    RarDirectory d = read(rar);
    assertEquals(4, d.version());
    assertFalse(d.damaged() || d.truncated());
    assertEquals(List.of("memo.txt", "Понуда Ђурђевак č ć.txt", "arhiva", "tajno.docx"), names(d));
    assertEquals("2019-08-12T14:03:22", d.entries().get(0).modified()); // local time, 2 s steps
    assertEquals(8, d.entries().get(0).size()); // "Beleška" in UTF-8
    assertTrue(d.entries().get(2).directory());
    assertTrue(d.entries().get(3).encrypted());
  }

  @Test
  void compactUnicodeNamesCopyRunsFromTheAsciiName() {
    // high byte 0x04 (Cyrillic block); ops: 3 (copy 2+1 chars of the ASCII name), 1, 1, 0
    byte[] ascii = "abc__d".getBytes(StandardCharsets.US_ASCII);
    byte[] enc = {0x04, (byte) 0b11010100, 0x01, 0x1F, 0x10, 'd'};
    assertEquals("abcПАd", RarDirectory.decodeUnicode(ascii, enc));
    // a run longer than the ASCII name is malformed
    assertEquals(null, RarDirectory.decodeUnicode("a".getBytes(StandardCharsets.US_ASCII),
        new byte[] {0x00, (byte) 0b11000000, 0x05}));
  }

  @Test
  void encryptedHeadersStopTheListingAndTheParserReportsEncryption() throws Exception {
    for (byte[] rar : List.of(RarWriter.rar4WithEncryptedHeaders(),
        RarWriter.rar5WithEncryptedHeaders())) {
      RarDirectory d = read(rar);
      assertTrue(d.headersEncrypted());
      assertTrue(d.entries().isEmpty());
      assertThrows(EncryptedDocumentException.class, () -> parse(rar, new Metadata()));
    }
  }

  @Test
  void aTruncatedArchiveKeepsTheEntriesBeforeTheCut() throws Exception {
    for (RarWriter w : List.of(RarWriter.rar4(), RarWriter.rar5())) {
      byte[] rar = w.file("prvi.txt", new byte[100], MTIME, false)
          .file("drugi.txt", new byte[100], MTIME, false).bytes();
      RarDirectory d = read(Arrays.copyOf(rar, rar.length - 50));
      assertTrue(d.truncated());
      assertEquals(List.of("prvi.txt", "drugi.txt"), names(d)); // the second's data is cut
      RarDirectory cut = read(Arrays.copyOf(rar, rar.length / 2));
      assertTrue(cut.truncated());
      assertEquals(List.of("prvi.txt"), names(cut));
    }
  }

  @Test
  void aHeaderWithAWrongChecksumEndsTheListingAsDamaged() throws Exception {
    for (RarWriter w : List.of(RarWriter.rar4(), RarWriter.rar5())) {
      byte[] rar = w.file("prvi.txt", new byte[10], MTIME, false)
          .file("drugi.txt", new byte[10], MTIME, false).bytes();
      int at = indexOf(rar, "drugi".getBytes(StandardCharsets.US_ASCII));
      rar[at] ^= 0x20; // "Drugi": the header's checksum no longer matches
      RarDirectory d = read(rar);
      assertTrue(d.damaged());
      assertEquals(List.of("prvi.txt"), names(d));
    }
  }

  @Test
  void theEntryLimitStopsTheListing() throws Exception {
    RarWriter w = RarWriter.rar5();
    for (int i = 0; i < 30; i++) {
      w.file("f" + i + ".txt", new byte[1], MTIME, false);
    }
    RarDirectory d = RarDirectory.read(new ByteArrayInputStream(w.bytes()), 25);
    assertEquals(25, d.entries().size());
    assertTrue(d.moreEntries());
  }

  @Test
  void notARarIsAnError() {
    IOException e = assertThrows(IOException.class,
        () -> read("PK\u0003\u0004 not a rar".getBytes(StandardCharsets.ISO_8859_1)));
    assertTrue(e.getMessage().contains("not a RAR archive"), e.getMessage());
  }

  @Test
  void theParserWritesOneLinePerEntryAndSaysNothingWasUnpacked() throws Exception {
    byte[] rar = RarWriter.rar5()
        .directory("Ugovori", MTIME)
        .file("Ugovori/ugovor.pdf", new byte[2048], MTIME, false)
        .file("Ugovori/tajno.xlsx", new byte[10], MTIME, true)
        .bytes();
    Metadata m = new Metadata();
    String text = parse(rar, m);
    assertEquals(List.of("Ugovori/ · 2019-08-12T14:03:22Z", "Ugovori/ugovor.pdf · 2048 bytes · 2019-08-12T14:03:22Z",
        "Ugovori/tajno.xlsx · 10 bytes · 2019-08-12T14:03:22Z · encrypted"),
        text.strip().lines().filter(l -> !l.isBlank()).toList());
    assertEquals("true", m.get(RarListingParser.NOT_UNPACKED));
    assertEquals("3", m.get(RarListingParser.ENTRIES));
    assertEquals("1", m.get(RarListingParser.ENCRYPTED_ENTRIES));
    assertEquals(null, m.get(RarListingParser.INCOMPLETE));
    assertTrue(RarListingParser.handles("application/x-rar-compressed; version=5"));
    assertTrue(RarListingParser.handles("application/vnd.rar"));
    assertFalse(RarListingParser.handles("application/zip"));
  }

  @Test
  void theCorpusRarsListAs7ZipListsThem() throws Exception {
    Corpus.require();
    RarDirectory d;
    try (InputStream in = Files.newInputStream(Corpus.file("g_archives/test-documents.rar"))) {
      d = RarDirectory.read(new java.io.BufferedInputStream(in), 1000);
    }
    assertFalse(d.damaged() || d.truncated() || d.headersEncrypted());
    // `7z l test-documents.rar`: nine files of 2007-10-01 15:02:26 in test-documents/
    assertEquals(List.of("testEXCEL.xls", "testHTML.html", "testOpenOffice2.odt", "testPDF.pdf",
            "testPPT.ppt", "testRTF.rtf", "testTXT.txt", "testWORD.doc", "testXML.xml"),
        d.entries().stream().map(e -> e.name().replace('\\', '/'))
            .map(n -> n.substring("test-documents/".length())).toList());
    assertArrayEquals(new long[] {13824, 167, 26448, 34824, 16384, 3410, 49, 19456, 766},
        d.entries().stream().mapToLong(RarDirectory.Entry::size).toArray());
    assertTrue(d.entries().stream().allMatch(e -> "2007-10-01T15:02:26".equals(e.modified())));
    try (InputStream in = Files.newInputStream(Corpus.file("g_archives/test-documents-enc.rar"))) {
      assertTrue(RarDirectory.read(new java.io.BufferedInputStream(in), 1000).headersEncrypted());
    }
  }

  private static String parse(byte[] rar, Metadata m) throws Exception {
    BodyContentHandler h = new BodyContentHandler(-1);
    new RarListingParser().parse(new ByteArrayInputStream(rar), h, m, new ParseContext());
    return h.toString();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
