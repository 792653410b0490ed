package org.istraga.provenance.forensics.pdf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.regex.Pattern;
import org.apache.pdfbox.util.DateConverter;
import org.istraga.provenance.forensics.LenientDates;

/** Date conversions between PDF/XMP/ASN.1 dates and the ISO-8601 strings of a report. */
public final class PdfDates {

  private static final Pattern EXPLICIT_ZONE =
      Pattern.compile("^\\s*(D:)?\\d{4,14}\\s*([Zz]|[+\\-]\\s*\\d).*");

  private static final Pattern UTC_WITH_TRAILER =
      Pattern.compile("^\\s*((?:D:)?\\d{4,14})\\s*[Zz].*", Pattern.DOTALL);

  private PdfDates() {}

  /** A PDF date string ({@code D:YYYYMMDDHHmmSSOHH'mm'}) as ISO-8601, or null if unparseable. */
  public static String iso(String pdfDate) {
    OffsetDateTime t = parse(pdfDate);
    return t == null ? null : format(t);
  }

  /**
   * A PDF date string as a date-time with the declared offset (UTC when none), or null. {@code Z}
   * means universal time (ISO 32000-1 7.9.4) whatever digits follow it: some writers append their
   * offset after it ({@code D:20230410074654Z07'46'}), which poppler and pdf.js ignore as well.
   */
  public static OffsetDateTime parse(String pdfDate) {
    if (pdfDate == null || pdfDate.isBlank()) {
      return null;
    }
    java.util.regex.Matcher utc = UTC_WITH_TRAILER.matcher(pdfDate);
    if (utc.matches()) {
      pdfDate = utc.group(1) + "Z";
    }
    try {
      Calendar c = DateConverter.toCalendar(pdfDate);
      return c == null ? null : of(c);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** True if the PDF date string declares its time zone (Z or an offset). */
  public static boolean hasExplicitZone(String pdfDate) {
    return pdfDate != null && EXPLICIT_ZONE.matcher(pdfDate).matches();
  }

  public static OffsetDateTime of(Calendar c) {
    if (c == null) {
      return null;
    }
    int offsetMillis = c.getTimeZone().getOffset(c.getTimeInMillis());
    return Instant.ofEpochMilli(c.getTimeInMillis())
        .atOffset(ZoneOffset.ofTotalSeconds(offsetMillis / 1000))
        .truncatedTo(ChronoUnit.SECONDS);
  }

  public static String iso(Calendar c) {
    OffsetDateTime t = of(c);
    return t == null ? null : format(t);
  }

  public static String iso(Date d) {
    return LenientDates.format(d);
  }

  public static String format(OffsetDateTime t) {
    return LenientDates.format(t);
  }

  /** Parses an ISO-8601 string written by this class; null if null or unparseable. */
  public static OffsetDateTime parseIso(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
