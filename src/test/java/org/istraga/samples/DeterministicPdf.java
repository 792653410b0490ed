package org.istraga.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes PDFBox output reproducible: fixed document information, a file identifier (/ID) derived
 * from a seed instead of the clock, and a classic cross-reference table (no object streams).
 *
 * <p>Stateless; each call works on the document it is given.
 */
final class DeterministicPdf {

  private DeterministicPdf() {}

  /** Sets the information dictionary and a /ID of two equal MD5 halves of {@code idSeed}. */
  static void stamp(PDDocument doc, PdfInfo info, String idSeed) {
    PDDocumentInformation di = new PDDocumentInformation();
    di.setTitle(info.title());
    di.setAuthor(info.author());
    di.setSubject(info.subject());
    di.setCreator(info.creator());
    di.setProducer(PdfInfo.PRODUCER);
    di.setCreationDate(calendar(info.created()));
    di.setModificationDate(calendar(info.modified()));
    doc.setDocumentInformation(di);
    doc.getDocument().getTrailer().setItem(COSName.ID, idArray(idSeed, idSeed));
  }

  /** A /ID array: permanent part from {@code permanentSeed}, changing part from {@code seed}. */
  static COSArray idArray(String permanentSeed, String seed) {
    COSArray id = new COSArray();
    id.add(new COSString(md5(permanentSeed)));
    id.add(new COSString(md5(seed)));
    return id;
  }

  /** Saves with a classic xref table; the document stays open. */
  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  /** A calendar at the same instant and fixed UTC offset (no time-zone database involved). */
  static Calendar calendar(OffsetDateTime t) {
    int offsetSeconds = t.getOffset().getTotalSeconds();
    String id = String.format(Locale.ROOT, "GMT%+03d:%02d", offsetSeconds / 3600,
        Math.abs(offsetSeconds / 60 % 60));
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(id), Locale.ROOT);
    c.clear();
    c.setTimeInMillis(t.toInstant().toEpochMilli());
    return c;
  }

  private static byte[] md5(String seed) {
    try {
      return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JDK", e);
    }
  }
}
