package org.istraga.provenance.forensics.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test helper: writes a PDF by hand from object bodies (object {@code i + 1} is {@code
 * objects[i]}), with a classic cross-reference table and a trailer holding {@code /Size}, the
 * given extra entries and an {@code /ID}. For structures PDFBox will not write (foreign security
 * handlers, unencrypted wrappers, hand-set permission bits). Bytes are ISO-8859-1.
 */
final class TestPdfBuilder {

  static final String ID = "0123456789ABCDEF0123456789ABCDEF";

  private TestPdfBuilder() {}

  static byte[] build(String version, String[] objects, String trailerEntries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("%PDF-" + version + "\n").getBytes(StandardCharsets.ISO_8859_1));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      out.writeBytes(
          ((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    long xref = out.size();
    StringBuilder sb = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n");
    sb.append("0000000000 65535 f \n");
    for (long o : offsets) {
      sb.append(String.format("%010d 00000 n \n", o));
    }
    sb.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(' ')
        .append(trailerEntries)
        .append(" /ID [<")
        .append(ID)
        .append("> <")
        .append(ID)
        .append(">] >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
