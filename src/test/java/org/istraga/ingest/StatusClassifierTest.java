package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a parser's stack trace becomes the one-line reason a user reads. */
class StatusClassifierTest {

  @Test
  void tikasWrapperIsFollowedByTheRootCause() {
    String stack = """
        org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from org.apache.tika.parser.pkg.PackageParser@1b2c3d
        \tat org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:304)
        \tat org.apache.tika.parser.AutoDetectParser.parse(AutoDetectParser.java:204)
        Caused by: java.io.IOException: truncated entry
        \tat org.apache.commons.compress.archivers.zip.ZipArchiveInputStream.read(ZipArchiveInputStream.java:500)
        \t... 12 more
        Caused by: java.io.EOFException: Unexpected end of ZLIB input stream
        \tat java.base/java.util.zip.InflaterInputStream.fill(InflaterInputStream.java:244)
        """;
    assertEquals("org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from "
        + "org.apache.tika.parser.pkg.PackageParser@1b2c3d (cause: java.io.EOFException: Unexpected end of ZLIB input stream)",
        StatusClassifier.firstLine(stack));
  }

  @Test
  void aMessageThatAlreadyNamesItsCauseStaysAsItIs() {
    String stack = """
        org.apache.tika.exception.TikaException: Unable to parse pkcs7 signed data: malformed content
        \tat org.apache.tika.parser.crypto.Pkcs7Parser.parse(Pkcs7Parser.java:80)
        Caused by: org.bouncycastle.cms.CMSException: malformed content
        """;
    assertEquals("org.apache.tika.exception.TikaException: Unable to parse pkcs7 signed data: malformed content",
        StatusClassifier.firstLine(stack));
    assertEquals("java.io.IOException: Missing root object specification in trailer.",
        StatusClassifier.firstLine("java.io.IOException: Missing root object specification in trailer.\n\tat x.y(Z.java:1)"));
    assertEquals("", StatusClassifier.firstLine(null));
  }

  @Test
  void aZeroByteFileIsEmptyEvenWhenItsParserComplains() {
    org.apache.tika.metadata.Metadata m = new org.apache.tika.metadata.Metadata();
    m.set(org.apache.tika.metadata.TikaCoreProperties.EMBEDDED_EXCEPTION,
        "org.apache.poi.EmptyFileException: The supplied file was empty (zero bytes long)\n\tat x.y(Z.java:1)");
    org.istraga.ingest.tika.ExtractedItem empty =
        new org.istraga.ingest.tika.ExtractedItem("/1", 1, m, "", new int[0], null);
    StatusClassifier.Verdict v = StatusClassifier.classify(empty, org.istraga.ingest.tika.Extraction.Outcome.PARSED, 0, 12);
    assertEquals(org.istraga.document.ExtractionStatus.EMPTY, v.status());
    assertEquals("zero-byte file", v.reason());
    StatusClassifier.Verdict broken = StatusClassifier.classify(empty, org.istraga.ingest.tika.Extraction.Outcome.PARSED, 20_480, 12);
    assertEquals(org.istraga.document.ExtractionStatus.CORRUPT, broken.status(), "with bytes, the same complaint is damage");
  }
}
