package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail messages with a header line of a megabyte, or more header fields than mime4j's default
 * limit of 1,000, were "corrupt" with nothing recovered: their body, sender and subject were lost
 * for one hostile or broken header. They are read whole now.
 */
class HostileMailTest {

  @TempDir Path tmp;

  static String headers(String subject, String id) {
    return "From: Ana Anić <ana@example.org>\r\nTo: b@example.org\r\nSubject: " + subject
        + "\r\nDate: Tue, 14 Mar 2023 09:15:00 +0100\r\nMessage-ID: <" + id + "@example.org>\r\nMIME-Version: 1.0\r\n";
  }

  @Test
  void longHeaderLinesAndManyHeaderFieldsKeepTheMessage() throws Exception {
    Path leak = tmp.resolve("leak");
    StringBuilder longLines = new StringBuilder(headers("long header lines", "m1"));
    for (int i = 0; i < 3; i++) {
      longLines.append("X-Long-").append(i).append(": ").append("v".repeat(1 << 20)).append("\r\n");
    }
    longLines.append("Content-Type: text/plain\r\n\r\nThe body after three headers of a megabyte.\r\n");
    Evidence.write(leak.resolve("long-lines.eml"), longLines.toString());
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      many.append("Received: from relay").append(i).append(".example.org by mx.example.org; Tue, 14 Mar 2023 09:15:00 +0100\r\n");
    }
    many.append(headers("many header fields", "m2"))
        .append("Content-Type: text/plain\r\n\r\nThe body after three thousand header fields.\r\n");
    Evidence.write(leak.resolve("many-fields.eml"), many.toString());
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord longMail = recs.byPathSuffix("leak/long-lines.eml");
    assertEquals("ok", longMail.status, longMail.statusReason);
    assertTrue(longMail.text.contains("The body after three headers of a megabyte."), longMail.text);
    assertEquals("long header lines", longMail.title);
    assertTrue(longMail.emailFrom.contains("ana@example.org"), longMail.emailFrom);

    DocumentRecord manyMail = recs.byPathSuffix("leak/many-fields.eml");
    assertEquals("ok", manyMail.status, manyMail.statusReason);
    assertTrue(manyMail.text.contains("The body after three thousand header fields."), manyMail.text);
    assertTrue(manyMail.emailFrom.contains("ana@example.org"), manyMail.emailFrom);
  }
}
