package org.istraga.ingest.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;

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
  }
}
