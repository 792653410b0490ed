package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.EvidenceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files whose structure, not their compression ratio, is the attack: archive entry names
 * far longer than any index term may be (a 65,000-byte name, names that Unicode folding makes 18
 * times longer, long names nested in long names), and an Office file whose XML expands far beyond
 * the parser's heap. Each one once stopped the whole run (exit 70) or ran the parser out of memory;
 * now each gets a status, the run goes on, and a rerun parses nothing new.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileStructureTest {

  /** Heap of the forked parser in this test: small, so that a document kept whole in memory fails. */
  static final String WORKER_HEAP_MB = "160";

  /** Messages in the test mailbox (a real export has tens of thousands: scripts/hostile-inputs/run). */
  static final int MESSAGES = 400;

  @TempDir static Path tmp;
  Path evidence;
  Path caseDir;
  Cli.Result result;
  CaseRecords recs;
  EvidenceSnapshot before;
  String longName;
  String foldingName;

  @BeforeAll
  void ingest() throws Exception {
    evidence = tmp.resolve("leak");
    caseDir = tmp.resolve("case");
    longName = "M".repeat(65_000) + ".txt";
    foldingName = "\ufdfa".repeat(1_000) + ".txt";
    List<Object[]> names = new ArrayList<>();
    names.add(new Object[] {longName, "sixty-five thousand bytes of name"});
    names.add(new Object[] {foldingName, "each character folds to eighteen"});
    names.add(new Object[] {"\u0416".repeat(20_000) + ".txt", "cyrillic name of sixty thousand bytes"});
    Evidence.write(evidence.resolve("names/long-names.zip"), rawZip(names));
    byte[] inner = rawZip(List.<Object[]>of(new Object[] {"O".repeat(30_000) + ".txt", "deep long"}));
    Evidence.write(evidence.resolve("names/nested-long.zip"),
        rawZip(List.<Object[]>of(new Object[] {"N".repeat(30_000) + ".zip", inner})));
    writeBigDocx(evidence.resolve("office/expanding.docx"), 40L << 20);
    StringBuilder mbox = new StringBuilder();
    for (int i = 0; i < MESSAGES; i++) {
      mbox.append("From sender").append(i).append("@example.org Tue Mar 14 09:15:00 2023\n")
          .append("From: s").append(i).append("@example.org\nSubject: note ").append(i)
          .append("\nMessage-ID: <n").append(i).append("@example.org>\n\nline ").append(i).append("\n\n");
    }
    Evidence.write(evidence.resolve("mail/many.mbox"), mbox.toString());
    Evidence.write(evidence.resolve("plain/ordinary.txt"), "An ordinary note about the Safe City contract.");
    before = EvidenceSnapshot.of(evidence);
    result = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1",
        "--worker-heap", WORKER_HEAP_MB, "--max-text", "1000000", "--json", evidence.toString());
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void runCompletesAndOrdinaryFilesAreUnaffected() throws IOException {
    assertEquals(ExitCode.OK, result.code(), result::toString);
    assertEquals("ok", recs.byPathSuffix("plain/ordinary.txt").status);
    assertEquals(before, EvidenceSnapshot.of(evidence), "evidence untouched");
  }

  @Test
  void entryNamesLongerThanAnIndexTermAreKeptWhole() {
    DocumentRecord zip = recs.byPathSuffix("names/long-names.zip");
    assertEquals("ok", zip.status, zip.statusReason);
    for (String name : List.of(longName, foldingName, "\u0416".repeat(20_000) + ".txt")) {
      DocumentRecord child = recs.byPathSuffix("long-names.zip!/" + name);
      assertEquals("ok", child.status, child.statusReason);
      assertEquals(name, child.occurrences.get(0).name(), "the entry name is kept exactly");
    }
    assertTrue(recs.byPathSuffix("!/" + longName).text.contains("sixty-five thousand bytes of name"));
  }

  @Test
  void longNamesNestedInLongNamesAreIndexed() {
    DocumentRecord deep = recs.byPathSuffix("nested-long.zip!/" + "N".repeat(30_000) + ".zip!/" + "O".repeat(30_000) + ".txt");
    assertEquals("ok", deep.status, deep.statusReason);
    assertTrue(deep.firstPath().length() > 60_000, "the whole nested path is kept");
    assertTrue(deep.text.contains("deep long"), deep.text);
  }

  @Test
  void longNamesCanBeSearched() throws IOException {
    Cli.Result r = Cli.run("search", "--case", caseDir.toString(), "--json", "sixty-five thousand bytes");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(r.out().contains("MMMM"), r.out().length() > 2000 ? r.out().substring(0, 2000) : r.out());
  }

  @Test
  void officeXmlLargerThanTheParserHeapIsStreamedToTheTextLimit() {
    DocumentRecord docx = recs.byPathSuffix("office/expanding.docx");
    assertEquals("ok", docx.status, docx.statusReason);
    assertTrue(docx.textTruncated, "the text limit cut the text");
    assertTrue(docx.text.strip().startsWith("Paragraph 0 of the expanding memo"), docx.text.substring(0, 200));
    assertTrue(docx.text.length() >= 900_000, "text up to the limit is kept: " + docx.text.length());
  }

  @Test
  void everyMessageOfAMailboxHasItsForensicReport() {
    List<DocumentRecord> messages = recs.all().stream()
        .filter(r -> r.firstPath().contains("many.mbox!/")).toList();
    assertEquals(MESSAGES, messages.size());
    for (DocumentRecord m : messages) {
      assertEquals("ok", m.status, m.firstPath());
      assertTrue(m.provenance != null && m.provenance.has("email"), m.firstPath() + ": " + m.provenance);
    }
  }

  @Test
  void rerunParsesNothingNew() throws Exception {
    Cli.Result again = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1",
        "--worker-heap", WORKER_HEAP_MB, "--max-text", "1000000", "--json", evidence.toString());
    assertEquals(ExitCode.OK, again.code(), again::toString);
    assertEquals(0, again.json().get("files_new").asInt(), again.out());
    assertEquals(0, again.json().get("documents_added").asInt(), again.out());
    assertFalse(again.json().get("files_unchanged").asInt() == 0, again.out());
  }

  /**
   * A docx whose {@code word/document.xml} declares and holds {@code xmlBytes} bytes of numbered
   * paragraphs: deflated about 100 to 1, so a few hundred kilobytes on disk.
   */
  static void writeBigDocx(Path file, long xmlBytes) throws IOException {
    byte[] template = Evidence.docx("Author", "Editor", "placeholder");
    Files.createDirectories(file.getParent());
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(template));
        OutputStream fileOut = Files.newOutputStream(file);
        ZipOutputStream out = new ZipOutputStream(fileOut)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (!e.getName().equals("word/document.xml")) {
          in.transferTo(out);
        } else {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          int body = xml.indexOf("<w:body>") + "<w:body>".length();
          out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
          long written = 0;
          for (int i = 0; written < xmlBytes; i++) {
            byte[] p = ("<w:p><w:r><w:t>Paragraph " + i + " of the expanding memo about the contract.</w:t></w:r></w:p>")
                .getBytes(StandardCharsets.UTF_8);
            out.write(p);
            written += p.length;
          }
          out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
  }

  /**
   * A stored (uncompressed) ZIP of {name, content} pairs written byte by byte, with the UTF-8 flag
   * set: {@link ZipOutputStream} refuses names longer than 65,535 bytes but writes them otherwise;
   * this keeps the test free of the JDK's choices.
   */
  static byte[] rawZip(List<Object[]> entries) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Object[] e : entries) {
      byte[] name = ((String) e[0]).getBytes(StandardCharsets.UTF_8);
      byte[] data = e[1] instanceof byte[] b ? b : ((String) e[1]).getBytes(StandardCharsets.UTF_8);
      if (name.length > 0xFFFF) {
        throw new IllegalArgumentException("a ZIP entry name has at most 65,535 bytes");
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      int offset = body.size();
      ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putInt((int) crc.getValue()).putInt(data.length)
          .putInt(data.length).putShort((short) name.length).putShort((short) 0);
      body.write(local.array());
      body.write(name);
      body.write(data);
      ByteBuffer cd = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
      cd.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x800)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt((int) crc.getValue())
          .putInt(data.length).putInt(data.length).putShort((short) name.length).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
      central.write(cd.array());
      central.write(name);
    }
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt(central.size()).putInt(body.size()).putShort((short) 0);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    body.writeTo(all);
    central.writeTo(all);
    all.write(end.array());
    return all.toByteArray();
  }
}
