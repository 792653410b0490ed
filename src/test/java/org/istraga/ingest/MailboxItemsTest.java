package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages inside an Outlook PST mailbox and an Outlook message attached to another: Tika hands
 * them over as open containers with no bytes. Each must still be its own document with its
 * subject, sender and body, and keep bytes the case can store and verify.
 */
class MailboxItemsTest {

  private static final String EMPTY_SHA256 = RecordAssembler.EMPTY_SHA256;

  @TempDir Path tmp;

  private CaseRecords ingest(Path caseDir, Path... evidence) {
    List<String> args = new java.util.ArrayList<>(List.of("ingest", "--case", caseDir.toString(), "--ocr", "off"));
    for (Path p : evidence) {
      args.add(p.toString());
    }
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    assertEquals(ExitCode.OK, r.code(), r::toString);
    try {
      return CaseRecords.read(caseDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyMessageOfAPstMailboxIsADocumentWithItsOwnTextAndId() throws Exception {
    Path pst = Corpus.file("f_email/testPST_variousBodyTypes.pst");
    Path caseDir = tmp.resolve("case");
    CaseRecords recs = ingest(caseDir, pst);
    List<DocumentRecord> mails = recs.all().stream()
        .filter(r -> "application/x-tika-pst-mail-item".equals(r.mediaType)).toList();
    assertEquals(4, mails.size(), "the original message and three forwards in different body formats: "
        + mails.stream().map(DocumentRecord::firstPath).toList());
    Set<String> ids = mails.stream().map(r -> r.id).collect(Collectors.toSet());
    assertEquals(4, ids.size(), "four distinct messages, four documents");
    assertTrue(!ids.contains(EMPTY_SHA256), "no message is identified by the hash of nothing");
    DocumentRecord root = recs.byPathSuffix("testPST_variousBodyTypes.pst");
    for (DocumentRecord m : mails) {
      assertEquals("ok", m.status, m.firstPath());
      assertEquals("email", m.typeGroup, m.firstPath());
      assertEquals(root.id, m.occurrences.get(0).parent(), "parent is the mailbox");
      assertTrue(m.text.contains("original email"), m.firstPath() + ": " + m.text);
      assertTrue(m.subject != null && m.subject.endsWith("original email"), m.subject);
      assertEquals("Allison, Timothy B.", m.emailFrom);
      // the recipients come from the item's recipient table (X.500 addresses: names only)
      assertEquals(List.of("Allison, Timothy B."), m.emailTo, m.firstPath());
      assertTrue(m.statusReason.contains(ItemRendering.NOTE), m.statusReason);
      // the stored bytes are the rendering, and the id is their hash
      Path blob = new org.istraga.store.BlobStore(caseDir.resolve("blobs")).path(m.id);
      assertEquals(m.id, Hashes.of(blob).sha256());
      String stored = Files.readString(blob, StandardCharsets.UTF_8);
      assertTrue(stored.startsWith(ItemRendering.HEADER + "\n"), stored);
      assertTrue(stored.contains("dc:subject: " + m.subject + "\n"), stored);
      assertTrue(stored.endsWith(m.text), "the rendering ends with the extracted text");
    }
    Cli.Result verify = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, verify.code(), verify::toString);

    // a second ingest elsewhere gives the same ids: the rendering depends only on the message
    CaseRecords again = ingest(tmp.resolve("case2"), pst);
    assertEquals(ids, again.all().stream().filter(r -> "application/x-tika-pst-mail-item".equals(r.mediaType))
        .map(r -> r.id).collect(Collectors.toSet()));
  }

  @Test
  void anOutlookMessageAttachedToAnotherIsParsedWithItsOwnBytes() throws Exception {
    Path msg = Corpus.file("f_email/testMSG_att_msg.msg");
    CaseRecords recs = ingest(tmp.resolve("case"), msg);
    DocumentRecord attached = recs.byPathSuffix("testMSG_att_msg.msg!/Test Attachment.msg");
    assertNotEquals(EMPTY_SHA256, attached.id, "the attached message has bytes: its OLE2 storage written out");
    assertTrue(attached.size > 1000, "size " + attached.size);
    assertEquals("ok", attached.status, attached.statusReason);
    assertEquals("email", attached.typeGroup);
    assertEquals("Test Attachment", attached.subject);
    assertTrue(attached.text.contains("Nick Booth"), attached.text);
    // the stored bytes are an OLE2 file (the storage written out), hashed to the id
    Path blob = new org.istraga.store.BlobStore(tmp.resolve("case/blobs")).path(attached.id);
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(blob), 8);
    assertEquals("d0cf11e0a1b11ae1", java.util.HexFormat.of().formatHex(head), "OLE2 signature");
    assertEquals(attached.id, Hashes.of(blob).sha256());
  }
}
