package org.istraga.export;

import java.util.List;
import org.istraga.findings.Citation;

/**
 * The readable index of a bundle, in Markdown ({@code index.md}) and HTML ({@code index.html}):
 * what was exported, every citation quoted in full with its page, document, SHA-256 and ni URI,
 * and every document with links to its files. Rendered only from {@code bundle.json} and the
 * citations, so {@code bundle verify} can render it again and compare.
 */
final class BundleIndexPages {

  private BundleIndexPages() {}

  static String markdown(BundleManifest m, List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Istraga citation bundle\n\n");
    sb.append("- Selection: ").append(md(m.selection())).append('\n');
    sb.append("- Created: ").append(m.created()).append(" by Istraga ").append(md(m.istragaVersion())).append('\n');
    sb.append("- Case custody ledger head: `").append(m.caseLedgerHead()).append("`\n");
    sb.append("- Sensitive metadata: ").append(m.sensitiveMetadata()).append('\n');
    sb.append("- Check it: `istraga bundle verify <this bundle>` (add `--case DIR` to check against the case)\n\n");
    sb.append("## Citations (").append(citations.size()).append(")\n\n");
    for (Citation c : citations) {
      sb.append("### ").append(md(CitationFormats.titleOf(c))).append(c.paged() ? ", p. " + c.page() : "").append("\n\n");
      for (String line : c.quote().strip().split("\\R")) {
        sb.append("> ").append(md(line)).append('\n');
      }
      sb.append('\n');
      sb.append("- Key: `").append(c.key()).append("`\n");
      sb.append("- Document: `").append(c.shortId()).append("` (").append(md(c.mediaType())).append(")\n");
      sb.append("- SHA-256: `").append(c.sha256()).append("`\n");
      sb.append("- Named information: `").append(NiUri.sha256(c.sha256())).append("`\n");
      sb.append("- Offsets: ").append(c.start()).append('-').append(c.end()).append(" in the text, ")
          .append(c.pageStart()).append('-').append(c.pageEnd()).append(" on the page")
          .append(c.ocr() ? " (page text from OCR)" : "").append('\n');
      sb.append("- Cited by ").append(md(c.user())).append(c.at() == null ? "" : " at " + c.at()).append("\n\n");
    }
    sb.append("## Documents (").append(m.documents().size()).append(")\n\n");
    for (BundleManifest.Doc d : m.documents()) {
      sb.append("### ").append(md(d.title() == null ? d.shortId() : d.title())).append("\n\n");
      sb.append("- SHA-256: `").append(d.id()).append("`\n");
      for (String p : d.paths()) {
        sb.append("- Found at: `").append(p.replace("`", "'")).append("`\n");
      }
      if (d.original() != null) {
        sb.append("- Original: [").append(md(d.original())).append("](").append(link(d.original())).append(")\n");
      }
      if (d.stripped() != null) {
        sb.append("- ").append(d.stripped().label()).append(": [").append(md(d.stripped().file())).append("](")
            .append(link(d.stripped().file())).append(")\n");
      }
      sb.append("- Text: [").append(md(d.text())).append("](").append(link(d.text())).append("), provenance: [")
          .append(md(d.provenance())).append("](").append(link(d.provenance())).append(")\n\n");
    }
    return sb.toString();
  }

  static String html(BundleManifest m, List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Istraga citation bundle</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}")
        .append("blockquote{border-left:4px solid #888;margin:0;padding:0 1em;white-space:pre-wrap}")
        .append("code{font-size:90%}.mod{color:#a00;font-weight:bold}</style>\n</head>\n<body>\n");
    sb.append("<h1>Istraga citation bundle</h1>\n<ul>\n");
    sb.append("<li>Selection: ").append(h(m.selection())).append("</li>\n");
    sb.append("<li>Created: ").append(h(m.created())).append(" by Istraga ").append(h(m.istragaVersion())).append("</li>\n");
    sb.append("<li>Case custody ledger head: <code>").append(h(m.caseLedgerHead())).append("</code></li>\n");
    sb.append("<li>Sensitive metadata: ").append(h(m.sensitiveMetadata())).append("</li>\n</ul>\n");
    sb.append("<h2>Citations (").append(citations.size()).append(")</h2>\n");
    for (Citation c : citations) {
      sb.append("<section id=\"").append(h(c.key())).append("\">\n<h3>").append(h(CitationFormats.titleOf(c)))
          .append(c.paged() ? ", p. " + c.page() : "").append("</h3>\n");
      sb.append("<blockquote>").append(h(c.quote().strip())).append("</blockquote>\n<ul>\n");
      sb.append("<li>Key: <code>").append(h(c.key())).append("</code></li>\n");
      sb.append("<li>SHA-256: <code>").append(h(c.sha256())).append("</code></li>\n");
      sb.append("<li>Named information: <code>").append(h(NiUri.sha256(c.sha256()))).append("</code></li>\n");
      sb.append("<li>Offsets: ").append(c.start()).append('-').append(c.end()).append(" in the text, ")
          .append(c.pageStart()).append('-').append(c.pageEnd()).append(" on the page")
          .append(c.ocr() ? " (page text from OCR)" : "").append("</li>\n");
      sb.append("<li>Cited by ").append(h(c.user())).append(c.at() == null ? "" : " at " + h(c.at())).append("</li>\n</ul>\n</section>\n");
    }
    sb.append("<h2>Documents (").append(m.documents().size()).append(")</h2>\n");
    for (BundleManifest.Doc d : m.documents()) {
      sb.append("<h3>").append(h(d.title() == null ? d.shortId() : d.title())).append("</h3>\n<ul>\n");
      sb.append("<li>SHA-256: <code>").append(h(d.id())).append("</code></li>\n");
      for (String p : d.paths()) {
        sb.append("<li>Found at: <code>").append(h(p)).append("</code></li>\n");
      }
      if (d.original() != null) {
        sb.append("<li>Original: <a href=\"").append(h(link(d.original()))).append("\">").append(h(d.original())).append("</a></li>\n");
      }
      if (d.stripped() != null) {
        sb.append("<li><span class=\"mod\">").append(h(d.stripped().label())).append("</span>: <a href=\"")
            .append(h(link(d.stripped().file()))).append("\">").append(h(d.stripped().file())).append("</a></li>\n");
      }
      sb.append("<li>Text: <a href=\"").append(h(link(d.text()))).append("\">").append(h(d.text()))
          .append("</a>, provenance: <a href=\"").append(h(link(d.provenance()))).append("\">").append(h(d.provenance()))
          .append("</a></li>\n</ul>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static String md(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  private static String h(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** A relative link with each path segment percent-encoded. */
  private static String link(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/")) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }
}
