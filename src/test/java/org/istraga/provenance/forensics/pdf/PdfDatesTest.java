package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF date strings. "Z" is universal time; digits after it are ignored by poppler and pdf.js (pdfinfo
 * -isodates prints 2023-04-10T07:46:54Z07:46 for corpus output_with_metadata_pymupdf.pdf), but
 * the report read {@code D:20230410074654Z07'46'} as 07:46:54+07:46, 7 h 46 min away.
 */
class PdfDatesTest {

  @Test
  void zuluWithTrailingOffsetIsUniversalTime() {
    assertEquals("2023-04-10T07:46:54Z", PdfDates.iso("D:20230410074654Z07'46'"));
    assertEquals("2023-07-12T17:40:32Z", PdfDates.iso("D:20230712174032Z00'00'"));
    assertEquals("2011-01-17T22:49:33Z", PdfDates.iso("D:20110117224933Z"));
    assertEquals("2011-01-17T23:52:40+01:00", PdfDates.iso("D:20110117235240+01'00'"));
    assertEquals("2011-01-17T23:52:40-05:30", PdfDates.iso("D:20110117235240-05'30'"));
  }

  @Test
  void infoDateWithZuluAndOffsetAgreesWithTheSameInstantInXmp(@TempDir Path dir)
      throws Exception {
    String xmp =
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
            + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
            + " xmp:CreateDate='2023-04-10T07:46:54Z'/></rdf:RDF></x:xmpmeta>"
            + "<?xpacket end='w'?>";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
      "<< /Type /Metadata /Subtype /XML /Length "
          + xmp.length()
          + " >>\nstream\n"
          + xmp
          + "\nendstream",
      "<< /CreationDate (D:20230410074654Z07'46') /Producer (test) >>"
    };
    Path pdf = dir.resolve("zulu.pdf");
    Files.write(pdf, TestPdfBuilder.build("1.7", objects, "/Root 1 0 R /Info 5 0 R"));
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults()).analyze(pdf, "application/pdf");
    assertEquals("2023-04-10T07:46:54Z", r.pdf().info().creationDate());
    assertFalse(r.hasFlag(FlagName.DATES_XMP_INFO_MISMATCH), r.flags().toString());
  }
}
