package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which analyzer a file gets. An mbox whose first message starts with standard but less common
 * header fields (Comments, Content-Transfer-Encoding) was labelled text/html by detection and had
 * no e-mail report (corpus single_mail.mbox: report null in the case), because only one of its
 * fields was on the known list.
 */
class FormatSnifferTest {

  @Test
  void mboxStartingWithCommentsAndContentFieldsIsAnalyzedAsMail(@TempDir Path dir)
      throws Exception {
    String mbox =
        "From list-return-1@example.org Mon Jun 01 04:28:28 2009\n"
            + "Comments: written before the usual fields\n"
            + "Content-Type: text/html; charset=utf-8\n"
            + "Content-Transfer-Encoding: 8bit\n"
            + "\n"
            + "<html><body><p>Zdravo</p></body></html>\n";
    Path file = dir.resolve("single.mbox");
    Files.writeString(file, mbox, StandardCharsets.UTF_8);
    ForensicReport r = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(file, "text/html");
    assertEquals("email", r.format());
    assertEquals("mbox", r.email().container());
    assertEquals(1, r.email().messageCount());
  }

  @Test
  void htmlPageIsStillNotMail() {
    byte[] head =
        "<!DOCTYPE html>\n<html><head><title>Comments: none</title></head></html>\n"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(ForensicReport.NONE, FormatSniffer.choose("text/html", head).format());
  }
}
