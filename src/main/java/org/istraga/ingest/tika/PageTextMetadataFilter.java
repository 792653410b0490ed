package org.istraga.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;
import org.istraga.document.AmountField;

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
   * Metadata key: the amount fields of structured data ({@link XhtmlTextConverter.AmountSpan}),
   * comma-separated {@code start-end-CUR} (char offsets into the plain-text content, ISO 4217
   * code), e.g. {@code 812-822-RSD,850-857-EUR}.
   */
  public static final String AMOUNTS = "istraga:amounts";

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
    if (!r.amounts().isEmpty()) {
      StringBuilder sb = new StringBuilder(r.amounts().size() * 16);
      for (XhtmlTextConverter.AmountSpan a : r.amounts()) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(a.start()).append('-').append(a.end()).append('-').append(a.currency());
      }
      metadata.set(AMOUNTS, sb.toString());
    }
  }

  /**
   * The amount fields written under {@link #AMOUNTS}, in order; entries that are not {@code
   * start-end-CODE} with {@code 0 <= start < end} are skipped. Empty for null.
   */
  public static List<AmountField> amountFields(String value) {
    List<AmountField> out = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return out;
    }
    for (String entry : value.split(",")) {
      String[] p = entry.split("-", 3);
      if (p.length != 3 || p[2].length() != 3) {
        continue;
      }
      try {
        int s = Integer.parseInt(p[0]);
        int e = Integer.parseInt(p[1]);
        if (s >= 0 && e > s) {
          out.add(new AmountField(s, e, p[2]));
        }
      } catch (NumberFormatException bad) {
        // not written by filter(): skipped as documented
      }
    }
    return out;
  }
}
