package org.istraga.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.findings.Citation;
import org.istraga.index.DocumentMapper;

/**
 * Citations rendered for reference managers: CSL-JSON (Zotero, Pandoc, citeproc), RIS (EndNote,
 * Zotero, Mendeley) and BibTeX. Every entry is hash-pinned: its URL is the document's RFC 6920
 * {@code ni:} URI and its note carries the SHA-256; the page is the locator; the quote is in the
 * note. Rendering is deterministic: the same citations always give the same bytes (bundle verify
 * relies on it).
 */
public final class CitationFormats {

  private CitationFormats() {}

  /** CSL-JSON: an array of items valid against the CSL input schema (csl-data.json). */
  public static String cslJson(List<Citation> citations) {
    ArrayNode items = Json.mapper().createArrayNode();
    for (Citation c : citations) {
      ObjectNode o = items.addObject();
      o.put("id", c.key());
      o.put("type", "document");
      o.put("title", titleOf(c));
      if (!c.authors().isEmpty()) {
        ArrayNode a = o.putArray("author");
        for (String name : c.authors()) {
          a.addObject().put("literal", name);
        }
      }
      int[] ymd = dateParts(c);
      if (ymd != null) {
        ArrayNode parts = o.putObject("issued").putArray("date-parts").addArray();
        for (int v : ymd) {
          parts.add(v);
        }
      }
      if (c.paged()) {
        o.put("locator", Integer.toString(c.page()));
      }
      if (c.mediaType() != null) {
        o.put("medium", c.mediaType());
      }
      if (!c.paths().isEmpty()) {
        o.put("archive_location", c.paths().get(0));
      }
      o.put("URL", NiUri.sha256(c.sha256()));
      o.put("note", note(c));
      ObjectNode x = o.putObject("custom");
      x.put("sha256", c.sha256());
      x.put("short_id", c.shortId());
      x.put("ni", NiUri.sha256(c.sha256()));
      x.put("page", c.page());
      x.put("paged", c.paged());
      x.put("quote", c.quote());
      x.put("prefix", c.prefix());
      x.put("suffix", c.suffix());
      x.put("start", c.start());
      x.put("end", c.end());
      x.put("page_start", c.pageStart());
      x.put("page_end", c.pageEnd());
      x.put("ocr", c.ocr());
      ArrayNode paths = x.putArray("paths");
      c.paths().forEach(paths::add);
      x.put("cited_by", c.user());
      if (c.at() != null) {
        x.put("cited_at", c.at());
      }
    }
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
    } catch (JsonProcessingException e) {
      throw new IstragaException(IstragaException.Kind.INTERNAL, "cannot write CSL-JSON: " + e.getMessage(), e);
    }
  }

  /** RIS: one {@code GEN} record per citation, CRLF line ends. */
  public static String ris(List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    for (Citation c : citations) {
      risLine(sb, "TY", "GEN");
      risLine(sb, "ID", c.key());
      risLine(sb, "TI", titleOf(c));
      for (String a : c.authors()) {
        risLine(sb, "AU", a);
      }
      int[] ymd = dateParts(c);
      if (ymd != null) {
        risLine(sb, "PY", Integer.toString(ymd[0]));
        risLine(sb, "DA", String.format(Locale.ROOT, "%04d/%02d/%02d/", ymd[0], ymd[1], ymd[2]));
      }
      if (c.paged()) {
        risLine(sb, "SP", Integer.toString(c.page()));
      }
      if (c.mediaType() != null) {
        risLine(sb, "M3", c.mediaType());
      }
      risLine(sb, "UR", NiUri.sha256(c.sha256()));
      risLine(sb, "AN", c.sha256());
      risLine(sb, "N1", note(c));
      sb.append("ER  - \r\n\r\n");
    }
    return sb.toString();
  }

  /** BibTeX: one {@code @misc} entry per citation; LaTeX special characters escaped; UTF-8. */
  public static String bibtex(List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    for (Citation c : citations) {
      sb.append("@misc{").append(c.key()).append(",\n");
      bibField(sb, "title", "{" + tex(titleOf(c)) + "}");
      if (!c.authors().isEmpty()) {
        StringBuilder a = new StringBuilder();
        for (String name : c.authors()) {
          a.append(a.length() == 0 ? "" : " and ").append('{').append(tex(name)).append('}');
        }
        bibField(sb, "author", a.toString());
      }
      int[] ymd = dateParts(c);
      if (ymd != null) {
        bibField(sb, "year", Integer.toString(ymd[0]));
        bibField(sb, "date", String.format(Locale.ROOT, "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]));
      }
      if (c.paged()) {
        bibField(sb, "pages", Integer.toString(c.page()));
      }
      if (c.mediaType() != null) {
        bibField(sb, "howpublished", tex("Document, " + c.mediaType()));
      }
      bibField(sb, "url", NiUri.sha256(c.sha256()));
      bibField(sb, "note", tex(note(c)));
      sb.setLength(sb.length() - 2);
      sb.append("\n}\n\n");
    }
    return sb.toString();
  }

  /** The citation's human-readable note: quote, page, SHA-256, paths, who and when. */
  static String note(Citation c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Quote").append(c.paged() ? " (p. " + c.page() + ")" : "").append(": \u201C")
        .append(oneLine(c.quote())).append("\u201D");
    if (c.ocr()) {
      sb.append(" [text from OCR]");
    }
    sb.append(". SHA-256: ").append(c.sha256()).append('.');
    if (!c.paths().isEmpty()) {
      sb.append(" Found at: ").append(String.join("; ", c.paths())).append('.');
    }
    sb.append(" Cited by ").append(c.user() == null ? "unknown" : c.user());
    if (c.at() != null) {
      sb.append(", ").append(c.at());
    }
    return sb.append('.').toString();
  }

  static String titleOf(Citation c) {
    if (c.title() != null && !c.title().isBlank()) {
      return oneLine(c.title());
    }
    if (!c.paths().isEmpty()) {
      String p = c.paths().get(0);
      return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf("!/") + 1) + 1);
    }
    return "Document " + c.shortId();
  }

  /** Year, month, day of the document's date (best date, else created, else modified), or null. */
  static int[] dateParts(Citation c) {
    for (String d : new String[] {c.date(), c.created(), c.modified()}) {
      Instant i = DocumentMapper.parseInstant(d);
      if (i != null) {
        ZonedDateTime z = i.atZone(ZoneOffset.UTC);
        return new int[] {z.getYear(), z.getMonthValue(), z.getDayOfMonth()};
      }
    }
    return null;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static void risLine(StringBuilder sb, String tag, String value) {
    sb.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
  }

  private static void bibField(StringBuilder sb, String name, String value) {
    sb.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** Escapes LaTeX special characters; the result is safe inside BibTeX braces. */
  static String tex(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : oneLine(s).toCharArray()) {
      switch (ch) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{' -> sb.append("\\{");
        case '}' -> sb.append("\\}");
        case '&', '%', '$', '#', '_' -> sb.append('\\').append(ch);
        case '~' -> sb.append("\\textasciitilde{}");
        case '^' -> sb.append("\\textasciicircum{}");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
