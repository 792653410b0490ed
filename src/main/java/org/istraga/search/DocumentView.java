package org.istraga.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.istraga.IstragaException;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.Occurrence;
import org.istraga.document.PageMap;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/**
 * Everything {@code istraga show} prints about one document ({@code --json} prints this object):
 * its record, the containers it sits in, the children extracted from it, and optionally the text
 * of one page or of the whole document.
 *
 * <p>Sensitive entity mentions (JMBG) are masked unless asked: the first two digits and the check
 * digit stay, every other digit becomes {@code *} ({@code 0101990710006} shows as {@code
 * 01**********6}), the same rule as entity listings and exports.
 *
 * @param id short id
 * @param sha256 full id
 * @param title title or file name
 * @param document the stored record (text not included; entities masked unless asked)
 * @param parents the containers of the document's embedded occurrences
 * @param children documents extracted from this one (at most {@value #MAX_CHILDREN})
 * @param childrenTotal number of children
 * @param textLength characters of extracted text
 * @param page the page whose text is included, or null
 * @param text the page text, the whole text, or null when not asked
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentView(
    String id, String sha256, String title, DocumentRecord document, List<Related> parents,
    List<Related> children, long childrenTotal, long textLength, Integer page, String text) {

  /** Children listed at most. */
  public static final int MAX_CHILDREN = 1000;

  /** A container or child: its id, title, type and the path that links it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Related(String id, String sha256, String title, String type, String path) {}

  /**
   * Builds the view of document {@code sha256}.
   *
   * @param page the 1-based page whose text to include, or null
   * @param wholeText include the whole text (ignored when {@code page} is given)
   * @param showSensitive show JMBGs unmasked
   * @throws IstragaException NOT_FOUND for a missing document or page
   */
  public static DocumentView of(CaseIndex.Handle h, String sha256, Integer page, boolean wholeText,
      boolean showSensitive) throws IOException {
    DocumentRecord r = h.get(sha256);
    if (r == null) {
      throw IstragaException.notFound("no document with id " + sha256 + " in this case");
    }
    String text = null;
    if (page != null) {
      text = pageText(r, page);
    } else if (wholeText) {
      text = r.text;
    }
    long textLength = r.text.length();
    r.text = "";
    if (!showSensitive) {
      r.entities = masked(r.entities);
    }
    List<Related> parents = new ArrayList<>();
    Set<String> seenParents = new LinkedHashSet<>();
    for (Occurrence o : r.occurrences) {
      if (o.parent() != null && seenParents.add(o.parent())) {
        DocumentRecord p = h.get(o.parent());
        String container = o.path().contains(Occurrence.EMBED_SEPARATOR)
            ? o.path().substring(0, o.path().lastIndexOf(Occurrence.EMBED_SEPARATOR)) : o.path();
        parents.add(p == null ? new Related(shortId(o.parent()), o.parent(), null, null, container)
            : new Related(p.shortId(), p.id, CaseSearcher.displayTitle(p), p.typeGroup, container));
      }
    }
    IndexSearcher s = h.searcher();
    TermQuery childQuery = new TermQuery(new Term(IndexSchema.PARENT, r.id));
    long childrenTotal = s.count(childQuery);
    List<Related> children = new ArrayList<>();
    if (childrenTotal > 0) {
      TopDocs td = s.search(childQuery, MAX_CHILDREN,
          new Sort(new SortField(IndexSchema.PATH_SORT, SortField.Type.STRING), new SortField(IndexSchema.ID, SortField.Type.STRING)));
      for (ScoreDoc sd : td.scoreDocs) {
        DocumentRecord c = h.get(sd.doc);
        String path = null;
        for (Occurrence o : c.occurrences) {
          if (r.id.equals(o.parent())) {
            path = o.path();
            break;
          }
        }
        children.add(new Related(c.shortId(), c.id, CaseSearcher.displayTitle(c), c.typeGroup, path));
      }
    }
    return new DocumentView(r.shortId(), r.id, CaseSearcher.displayTitle(r), r, parents, children,
        childrenTotal, textLength, page, text);
  }

  private static String pageText(DocumentRecord r, int page) {
    int pages = r.pageStarts.length;
    if (pages == 0) {
      if (page == 1) {
        return r.text;
      }
      throw IstragaException.notFound("page " + page + " does not exist: this document's text has no pages (use --text)");
    }
    if (page < 1 || page > pages) {
      throw IstragaException.notFound("page " + page + " does not exist: the document has " + pages
          + (pages == 1 ? " page" : " pages"));
    }
    return PageMap.pageText(r.text, r.pageStarts, page);
  }

  private static List<EntityMention> masked(List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      if (m.sensitive() || "jmbg".equals(m.type())) {
        out.add(new EntityMention(m.type(), maskDigits(m.value()), maskDigits(m.display()), maskDigits(m.raw()), m.start(), m.end(),
            m.page(), m.amount(), m.currency(), true));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** The masking rule of {@link org.istraga.entities.MentionMasker#maskDigits}. */
  static String maskDigits(String s) {
    return org.istraga.entities.MentionMasker.maskDigits(s);
  }

  private static String shortId(String sha) {
    return org.istraga.document.DocumentIds.shortId(sha);
  }
}
