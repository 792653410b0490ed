package org.istraga.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.istraga.export.BundleVerifier.Problem;
import org.istraga.findings.Citation;
import org.istraga.provenance.LedgerLine;

/**
 * The Istraga-specific checks of a bundle: originals against their ids, custody entries against
 * their own hashes, citations against the bundled text, rendered files against the citations.
 *
 * @param manifest data/bundle.json
 * @param citations data/citations/citations.json
 */
record BundleContent(BundleManifest manifest, List<Citation> citations) {

  /** Runs the checks; null when bundle.json or citations.json cannot be read (already reported). */
  static BundleContent check(BagReader r, Map<String, String[]> actual, List<Problem> problems) throws IOException {
    BundleManifest m = BundleVerifier.json(r, "data/bundle.json", BundleVerifier.MANIFEST, problems);
    if (m == null) {
      return null;
    }
    List<Citation> citations = BundleVerifier.json(r, "data/" + m.citations(), BundleVerifier.CITATIONS, problems);
    if (citations == null || m.documents() == null) {
      return null;
    }
    Map<String, BundleManifest.Doc> byId = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    Map<String, List<BundleManifest.PageRange>> pages = new HashMap<>();
    for (BundleManifest.Doc d : m.documents()) {
      byId.put(d.id(), d);
      if (d.original() != null) {
        String[] a = actual.get("data/" + d.original());
        if (a == null) {
          problems.add(new Problem("data/" + d.original(), "the original of " + d.shortId() + " is missing"));
        } else if (!a[0].equals(d.id())) {
          problems.add(new Problem("data/" + d.original(), "SHA-256 is " + a[0] + " but the document id is " + d.id()
              + " (not the original bytes)"));
        }
      } else if (d.stripped() == null) {
        problems.add(new Problem("data/bundle.json", "document " + d.shortId() + " has neither an original nor a stripped copy"));
      }
      if (d.stripped() != null) {
        String[] a = actual.get("data/" + d.stripped().file());
        if (a == null || !a[0].equals(d.stripped().sha256())) {
          problems.add(new Problem("data/" + d.stripped().file(), "the stripped copy of " + d.shortId()
              + (a == null ? " is missing" : " does not have the SHA-256 recorded in bundle.json")));
        }
      }
      checkCustodyEntries(r, d, problems);
      byte[] t = r.read("data/" + d.text());
      List<BundleManifest.PageRange> pr = BundleVerifier.json(r, "data/" + d.textPages(), BundleVerifier.PAGES, problems);
      if (t == null) {
        problems.add(new Problem("data/" + d.text(), "the text of " + d.shortId() + " is missing"));
      } else if (pr != null) {
        texts.put(d.id(), new String(t, StandardCharsets.UTF_8));
        pages.put(d.id(), pr);
      }
    }
    for (Citation c : citations) {
      checkCitation(c, byId, texts, pages, m.citations(), problems);
    }
    rendered(r, "data/citations/citations.csl.json", CitationFormats.cslJson(citations), problems);
    rendered(r, "data/citations/citations.ris", CitationFormats.ris(citations), problems);
    rendered(r, "data/citations/citations.bib", CitationFormats.bibtex(citations), problems);
    rendered(r, "data/index.md", BundleIndexPages.markdown(m, citations), problems);
    rendered(r, "data/index.html", BundleIndexPages.html(m, citations), problems);
    return new BundleContent(m, citations);
  }

  private static void checkCitation(Citation c, Map<String, BundleManifest.Doc> byId, Map<String, String> texts,
      Map<String, List<BundleManifest.PageRange>> pages, String file, List<Problem> problems) {
    String where = "data/" + file;
    String what = "citation " + c.key();
    BundleManifest.Doc d = byId.get(c.sha256());
    if (d == null) {
      problems.add(new Problem(where, what + ": its document " + c.sha256() + " is not in the bundle"));
      return;
    }
    String text = texts.get(c.sha256());
    List<BundleManifest.PageRange> pr = pages.get(c.sha256());
    if (text == null || pr == null) {
      return;
    }
    BundleManifest.PageRange range = null;
    for (BundleManifest.PageRange p : pr) {
      if (p.page() == c.page()) {
        range = p;
      }
    }
    if (range == null || range.start() < 0 || range.end() > text.length() || range.start() > range.end()) {
      problems.add(new Problem(where, what + ": page " + c.page() + " is not in the bundled text of " + d.shortId()));
      return;
    }
    String page = text.substring(range.start(), range.end());
    int s = c.pageStart();
    int e = c.pageEnd();
    String quote = c.quote() == null ? "" : c.quote();
    boolean quoteOk = s >= 0 && e <= page.length() && s <= e && page.substring(s, e).equals(quote);
    if (!quoteOk) {
      int at = page.indexOf(quote);
      problems.add(new Problem(where, what + ": the quote is not at characters " + s + "-" + e + " of page " + c.page()
          + " of the bundled text of " + d.shortId() + (quote.isEmpty() || at < 0 ? " (nor anywhere on that page)"
          : " (it is at " + at + ")") + ": quote or text altered"));
      return;
    }
    String prefix = c.prefix() == null ? "" : c.prefix();
    String suffix = c.suffix() == null ? "" : c.suffix();
    if (s < prefix.length() || !page.substring(s - prefix.length(), s).equals(prefix)
        || e + suffix.length() > page.length() || !page.substring(e, e + suffix.length()).equals(suffix)) {
      problems.add(new Problem(where, what + ": the prefix or suffix around the quote does not match the bundled text"));
    }
  }

  /**
   * The custody entries copied into a document's provenance.json are whole ledger lines: each must
   * still carry the hash of its own content (so an edited entry fails even without the case) and
   * concern this document.
   */
  private static void checkCustodyEntries(BagReader r, BundleManifest.Doc d, List<Problem> problems) throws IOException {
    String where = "data/" + d.provenance();
    JsonNode prov = BundleVerifier.json(r, where, new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {},
        problems);
    if (prov == null) {
      return;
    }
    if (!d.id().equals(prov.path("sha256").asText(null))) {
      problems.add(new Problem(where, "its sha256 is " + prov.path("sha256").asText("(none)") + " but the document id is "
          + d.id()));
    }
    for (JsonNode entry : prov.path("custody")) {
      String h = entry.path("hash").asText("");
      String label = "custody entry seq " + entry.path("seq").asText("?") + " (" + entry.path("type").asText("?") + ")";
      if (!h.equals(LedgerLine.recomputedHash(entry))) {
        problems.add(new Problem(where, label + ": its content does not match its hash " + h + " (edited)"));
      }
      boolean concerns = false;
      for (String f : new String[] {"sha256", "old_sha256", "new_sha256"}) {
        concerns |= d.id().equals(entry.path(f).asText(null));
      }
      if (!concerns) {
        problems.add(new Problem(where, label + ": it does not concern document " + d.shortId()));
      }
    }
  }

  private static void rendered(BagReader r, String path, String expected, List<Problem> problems) throws IOException {
    byte[] b = r.read(path);
    if (b == null) {
      problems.add(new Problem(path, "missing"));
    } else if (!Arrays.equals(b, expected.getBytes(StandardCharsets.UTF_8))) {
      problems.add(new Problem(path, "differs from what the bundled citations and bundle.json render to (edited)"));
    }
  }
}
