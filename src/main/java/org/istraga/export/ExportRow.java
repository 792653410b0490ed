package org.istraga.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.findings.Findings;

/**
 * One row of a CSV or JSON Lines export: the main metadata of one document, its tags and how
 * many notes and citations it has. Column names are stable (docs/findings.md).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "short_id", "title", "paths", "missing_paths", "kind", "type", "mime", "ext", "created",
    "modified", "date", "size", "pages", "status", "status_reason", "language", "script", "authors",
    "last_modified_by", "email_from", "email_to", "subject", "flags", "ocr", "tags", "notes", "citations"})
public record ExportRow(
    String id, String shortId, String title, List<String> paths, List<String> missingPaths, String kind,
    String type, String mime, String ext, String created, String modified, String date, long size,
    Integer pages, String status, String statusReason, String language, String script, List<String> authors,
    String lastModifiedBy, String emailFrom, List<String> emailTo, String subject, List<String> flags,
    String ocr, List<String> tags, int notes, int citations) {

  /** Column names, in order. */
  public static final List<String> COLUMNS = List.of("id", "short_id", "title", "paths", "missing_paths", "kind",
      "type", "mime", "ext", "created", "modified", "date", "size", "pages", "status", "status_reason", "language",
      "script", "authors", "last_modified_by", "email_from", "email_to", "subject", "flags", "ocr", "tags", "notes",
      "citations");

  /** The row of a record (text not needed). */
  public static ExportRow of(DocumentRecord r, Findings f) {
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Occurrence o : r.occurrences) {
      (o.missing() ? missing : present).add(o.path());
    }
    String ocr = r.ocrPages.length > 0 ? "yes" : r.ocrState;
    List<String> to = new ArrayList<>(r.emailTo);
    to.addAll(r.emailCc);
    to.addAll(r.emailBcc);
    return new ExportRow(r.id, r.shortId(), r.title, present, missing, r.kind, r.typeGroup, r.mediaType, r.ext,
        r.created, r.modified, r.date, r.size, r.pageCount, r.status, r.statusReason, r.language, r.script,
        r.authors, r.lastModifiedBy, r.emailFrom, to, r.subject, r.flags, ocr, new ArrayList<>(f.tagsOf(r.id)),
        f.notesOf(r.id).size(), f.citationsOf(r.id).size());
  }

  /** The values in {@link #COLUMNS} order, lists joined with " | ", nulls as empty strings. */
  public List<String> cells() {
    List<String> c = new ArrayList<>(COLUMNS.size());
    c.add(id);
    c.add(shortId);
    c.add(s(title));
    c.add(String.join(" | ", paths));
    c.add(String.join(" | ", missingPaths));
    c.add(s(kind));
    c.add(s(type));
    c.add(s(mime));
    c.add(s(ext));
    c.add(s(created));
    c.add(s(modified));
    c.add(s(date));
    c.add(Long.toString(size));
    c.add(pages == null ? "" : pages.toString());
    c.add(s(status));
    c.add(s(statusReason));
    c.add(s(language));
    c.add(s(script));
    c.add(String.join(" | ", authors));
    c.add(s(lastModifiedBy));
    c.add(s(emailFrom));
    c.add(String.join(" | ", emailTo));
    c.add(s(subject));
    c.add(String.join(" | ", flags));
    c.add(s(ocr));
    c.add(String.join(" | ", tags));
    c.add(Integer.toString(notes));
    c.add(Integer.toString(citations));
    return c;
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }
}
