package org.istraga.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;
import org.istraga.document.DataField;

/**
 * Runs inside Tika's forked parser process (configured in the generated tika-config.xml): replaces
 * each document's XHTML content by plain text and records where each page starts in
 * {@link #PAGE_STARTS}, so page boundaries survive and only plain text crosses the process
 * boundary.
 */
public class PageTextMetadataFilter extends MetadataFilter {

  private static final long serialVersionUID = 1L;

  /** Metadata key: comma-separated char offsets of page starts in the plain-text content. */
  public static final String PAGE_STARTS = "istraga:page_starts";

  /**
   * Metadata key: the fields of structured data of a known kind ({@link
   * XhtmlTextConverter.FieldSpan}), comma-separated {@code start-end-kind} or, for money, {@code
   * start-end-money-CUR} (char offsets into the plain-text content, ISO 4217 code), e.g. {@code
   * 812-822-money-RSD,850-859-tax-id}.
   */
  public static final String FIELDS = "istraga:fields";

  /**
   * Most fields kept per document, as many as the mentions a document keeps
   * ({@code EntityAnnotator.MAX_MENTIONS}): a bank statement of 100,000 entries keeps its first.
   */
  public static final int MAX_FIELDS = 20_000;

  private static final Set<String> KINDS = Set.of(DataField.MONEY, DataField.TAX_ID,
      DataField.REGISTRATION_NUMBER, DataField.COMPANY_ID, DataField.ORGANIZATION);

  @Override
  public void filter(Metadata metadata) {
    String content = metadata.get(TikaCoreProperties.TIKA_CONTENT);
    if (content == null) {
      return;
    }
    XhtmlTextConverter.Result r = XhtmlTextConverter.convert(content);
    metadata.set(TikaCoreProperties.TIKA_CONTENT, r.text());
    if (r.pageStarts().length > 0) {
      StringBuilder sb = new StringBuilder(r.pageStarts().length * 6);
      for (int i = 0; i < r.pageStarts().length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(r.pageStarts()[i]);
      }
      metadata.set(PAGE_STARTS, sb.toString());
    }
    if (!r.fields().isEmpty()) {
      StringBuilder sb = new StringBuilder(Math.min(r.fields().size(), MAX_FIELDS) * 20);
      int kept = 0;
      for (XhtmlTextConverter.FieldSpan f : r.fields()) {
        if (kept == MAX_FIELDS) {
          break;
        }
        if (!KINDS.contains(f.kind()) || f.kind().equals(DataField.MONEY) != (f.currency() != null)) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append(',');
        }
        kept++;
        sb.append(f.start()).append('-').append(f.end()).append('-').append(f.kind());
        if (f.currency() != null) {
          sb.append('-').append(f.currency());
        }
      }
      if (sb.length() > 0) {
        metadata.set(FIELDS, sb.toString());
      }
    }
  }

  /**
   * The fields written under {@link #FIELDS}, in order; entries that do not read as written
   * there (offsets {@code 0 <= start < end}, a known kind, a three-letter code for money only)
   * are skipped. Empty for null.
   */
  public static List<DataField> dataFields(String value) {
    List<DataField> out = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return out;
    }
    for (String entry : value.split(",")) {
      if (out.size() == MAX_FIELDS) {
        break;
      }
      String[] p = entry.split("-", 3);
      if (p.length != 3) {
        continue;
      }
      String kind = p[2];
      String currency = null;
      if (kind.startsWith(DataField.MONEY + "-")) {
        currency = kind.substring(DataField.MONEY.length() + 1);
        kind = DataField.MONEY;
      }
      if (!KINDS.contains(kind) || kind.equals(DataField.MONEY) != (currency != null && currency.length() == 3)) {
        continue;
      }
      try {
        int s = Integer.parseInt(p[0]);
        int e = Integer.parseInt(p[1]);
        if (s >= 0 && e > s) {
          out.add(new DataField(s, e, kind, currency));
        }
      } catch (NumberFormatException bad) {
        // not written by filter(): skipped as documented
      }
    }
    return out;
  }
}
