package org.istraga.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds realistic evidence files for tests: multi-page PDFs with a real text layer, DOCX files
 * with author metadata, ZIP archives (nested too), and MIME e-mails with attachments. Everything
 * is written with the same libraries real producers use, so Tika parses them like real files.
 */
public final class Evidence {

  private Evidence() {}

  /** A PDF whose page i (0-based) carries {@code pages[i]} as its text (Latin-1 characters). */
  public static byte[] pdf(String... pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 700);
          for (String line : text.split("\n")) {
            cs.showText(line);
            cs.newLineAtOffset(0, -16);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A DOCX with one paragraph per line and the given author (dc:creator). */
  public static byte[] docx(String author, String lastModifiedBy, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.getProperties().getCoreProperties().setCreator(author);
      doc.getProperties().getCoreProperties().setLastModifiedByUser(lastModifiedBy);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A ZIP archive of name → bytes entries, in the given order. */
  public static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry ze = new ZipEntry(e.getKey());
        ze.setTime(1_565_000_000_000L);
        z.putNextEntry(ze);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** An RFC 5322 e-mail with a text body and one base64 attachment. */
  public static byte[] eml(String from, String to, String subject, String body, String attachmentName,
      byte[] attachment, String contentType) {
    String boundary = "=_istraga_test_boundary";
    StringBuilder sb = new StringBuilder();
    sb.append("From: ").append(from).append("\r\n");
    sb.append("To: ").append(to).append("\r\n");
    sb.append("Subject: ").append(subject).append("\r\n");
    sb.append("Date: Wed, 14 Aug 2019 10:15:00 +0200\r\n");
    sb.append("Message-ID: <test-1@example.org>\r\n");
    sb.append("MIME-Version: 1.0\r\n");
    sb.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
    sb.append("--").append(boundary).append("\r\n");
    sb.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
    sb.append(body).append("\r\n");
    sb.append("--").append(boundary).append("\r\n");
    sb.append("Content-Type: ").append(contentType).append("; name=\"").append(attachmentName).append("\"\r\n");
    sb.append("Content-Disposition: attachment; filename=\"").append(attachmentName).append("\"\r\n");
    sb.append("Content-Transfer-Encoding: base64\r\n\r\n");
    sb.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment));
    sb.append("\r\n--").append(boundary).append("--\r\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes bytes to a file, creating parent folders. */
  public static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }

  /** Writes UTF-8 text to a file, creating parent folders. */
  public static Path write(Path file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
