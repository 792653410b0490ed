import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.ingest.CyrillicMojibake;
import org.istraga.ingest.ocr.TextLayerQuality;

/**
 * Measures the text-layer rules on the extracted text of a case (docs/ocr.md, "Pages whose text
 * layer is unusable"): every page of every PDF, and every sheet, slide or 3,000-character block
 * of every other document with text, is judged by TextLayerQuality, and every document's text by
 * CyrillicMojibake. Prints each page judged unusable and each document that would be re-decoded,
 * then the totals by type group.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' scripts/ocr-audit/TextLayerAudit.java CASE
 * </pre>
 *
 * Run it on a case ingested with {@code --ocr off} by a build without the rules (or read the
 * status reasons of one with them): the stored text of a re-decoded PDF is already repaired.
 */
public class TextLayerAudit {

  private static final int BLOCK = 3000;

  public static void main(String[] args) throws Exception {
    Case c = Case.open(Path.of(args[0]), IndexSchema.caseSchema());
    Map<String, int[]> totals = new TreeMap<>(); // group -> {docs, pages, noText, unusable, redecoded}
    try (CaseIndex index = CaseIndex.openReader(c); CaseIndex.Handle h = index.searcher()) {
      for (ScoreDoc sd : h.searcher().search(new MatchAllDocsQuery(), Math.max(1, h.reader().maxDoc())).scoreDocs) {
        DocumentRecord r = h.get(sd.doc);
        if (r.text == null || r.text.isBlank() && !"pdf".equals(r.typeGroup)) {
          continue;
        }
        String group = r.typeGroup == null ? "other" : r.typeGroup;
        int[] t = totals.computeIfAbsent(group, k -> new int[5]);
        t[0]++;
        int pages = r.pageStarts.length > 0 ? r.pageStarts.length : 1;
        boolean paged = r.pageStarts.length > 0;
        for (int p = 1; p <= pages; p++) {
          String page = paged ? PageMap.pageText(r.text, r.pageStarts, p) : r.text;
          if (!"pdf".equals(group) && !paged) {
            for (int b = 0; b < page.length(); b += BLOCK) {
              judge(r, group, p, page.substring(b, Math.min(page.length(), b + BLOCK)), t);
            }
          } else {
            judge(r, group, p, page, t);
          }
        }
        CyrillicMojibake.Result m = CyrillicMojibake.repair(r.text);
        if (m.repaired()) {
          t[4]++;
          System.out.printf("REDECODE %s %s misread=%d accented=%d%n", group, r.firstPath(), m.misreadWords(),
              m.accentedWords());
        } else if (m.misreadWords() > 0) {
          System.out.printf("misread-words %s %s misread=%d accented=%d%n", group, r.firstPath(), m.misreadWords(),
              m.accentedWords());
        }
      }
    }
    System.out.println("group\tdocs\tpages-or-blocks\tno-text\tunusable\tre-decoded");
    for (Map.Entry<String, int[]> e : totals.entrySet()) {
      int[] t = e.getValue();
      System.out.printf("%s\t%d\t%d\t%d\t%d\t%d%n", e.getKey(), t[0], t[1], t[2], t[3], t[4]);
    }
  }

  private static void judge(DocumentRecord r, String group, int page, String text, int[] t) {
    t[1]++;
    TextLayerQuality.Reason why = TextLayerQuality.unusable(text);
    if (why == TextLayerQuality.Reason.NO_TEXT) {
      t[2]++;
    } else if (why != null) {
      t[3]++;
      TextLayerQuality.Counts c = TextLayerQuality.count(text, 0, text.length());
      String snippet = text.strip().replaceAll("\\s+", " ");
      System.out.printf("UNUSABLE %s %s p%d %s %s %s%n", group, r.firstPath(), page, why, c,
          snippet.substring(0, Math.min(160, snippet.length())));
    }
  }
}
