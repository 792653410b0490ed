package org.istraga.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.istraga.document.DocumentRecord;

/**
 * Fills a {@link DocumentRecord}'s descriptive fields (title, authors, tools, dates, e-mail
 * headers, page count, media type) from Tika metadata, keeping all of Tika's metadata in
 * {@link DocumentRecord#metadata}. Pure functions; thread-safe.
 */
public final class MetadataMapper {

  /** Metadata keys not kept in the record: content, internal bookkeeping, bulky duplicates. */
  private static final Set<String> DROPPED = Set.of(
      "X-TIKA:content", "X-TIKA:Parsed-By-Full-Set", "X-TIKA:content_handler", "X-TIKA:sourcePath",
      "istraga:page_starts", "istraga:fields", "X-TIKA:parse_time_millis", "istraga:forensics");
  private static final String OUTLOOK = "application/vnd.ms-outlook";
  /** Longest metadata value kept. */
  static final int MAX_VALUE = 8_000;
  /** Most values kept per key. */
  static final int MAX_VALUES = 200;

  private MetadataMapper() {}

  /** Copies descriptive metadata into {@code r}. */
  public static void apply(Metadata m, DocumentRecord r) {
    String ct = m.get(Metadata.CONTENT_TYPE);
    r.mediaType = ct == null ? "application/octet-stream" : TypeGroups.baseType(ct);
    r.typeGroup = TypeGroups.of(r.mediaType);
    r.title = first(m, "dc:title", "title", "pdf:docinfo:title");
    r.authors = values(m, "dc:creator", "meta:author", "Author", "xmp:dc:creator", "pdf:docinfo:creator");
    r.lastModifiedBy = first(m, "meta:last-author", "cp:lastModifiedBy");
    r.creatorTool = first(m, "xmp:CreatorTool", "pdf:docinfo:creator_tool", "extended-properties:Application",
        "generator", "Application-Name");
    r.producer = first(m, "pdf:producer", "pdf:docinfo:producer");
    r.company = first(m, "extended-properties:Company");
    r.created = isoInstant(first(m, "dcterms:created", "meta:creation-date", "pdf:docinfo:created"));
    r.modified = isoInstant(first(m, "dcterms:modified", "meta:save-date", "pdf:docinfo:modified",
        "Last-Modified"));
    String pages = first(m, "xmpTPg:NPages", "meta:page-count", "Page-Count", "meta:slide-count");
    if (pages != null) {
      try {
        r.pageCount = Integer.parseInt(pages.trim());
      } catch (NumberFormatException e) {
        r.pageCount = null;
      }
    }
    if ("email".equals(r.typeGroup) || m.get("Message-From") != null) {
      r.emailFrom = MailAddresses.from(m);
      r.emailTo = MailAddresses.recipients(m, MailAddresses.Role.TO);
      r.emailCc = MailAddresses.recipients(m, MailAddresses.Role.CC);
      r.emailBcc = MailAddresses.recipients(m, MailAddresses.Role.BCC);
      r.emailReplyTo = MailAddresses.replyTo(m);
      // Tika's Outlook extractor puts the subject in dc:title and the conversation topic (the
      // subject without "RE:"/"FW:") in dc:subject
      r.subject = OUTLOOK.equals(r.mediaType)
          ? first(m, "dc:title", "dc:subject", "subject")
          : first(m, "dc:subject", "subject", "dc:title");
      r.messageId = first(m, "Message:Raw-Header:Message-ID", "Message:Raw-Header:Message-Id");
      r.inReplyTo = MailThread.ids(m.getValues("Message:Raw-Header:In-Reply-To"));
      r.references = MailThread.ids(m.getValues("Message:Raw-Header:References"));
      r.thread = MailThread.of(r.messageId, r.inReplyTo, r.references,
          first(m, "mapi:conversation-index"));
      String sent = isoInstant(first(m, "dcterms:created", "Message:Raw-Header:Date"));
      if (sent != null) {
        r.date = sent;
      }
      if (r.authors.isEmpty() && r.emailFrom != null) {
        r.authors = new ArrayList<>(List.of(r.emailFrom));
      }
    }
    if ("html".equals(r.typeGroup) && r.emailFrom != null && !r.emailFrom.contains("@")) {
      // a saved page's "From: <Saved by Blink>" names the browser, not a sender or an author
      r.authors.remove(r.emailFrom);
      r.emailFrom = null;
    }
    if (r.date == null) {
      r.date = r.created != null ? r.created : r.modified;
    }
    r.metadata = copy(m);
  }

  static Map<String, List<String>> copy(Metadata m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String[] names = m.names();
    java.util.Arrays.sort(names);
    for (String name : names) {
      if (DROPPED.contains(name) || name.startsWith("X-TIKA:digest:")) {
        continue;
      }
      String[] vals = m.getValues(name);
      List<String> kept = new ArrayList<>(Math.min(vals.length, MAX_VALUES));
      for (int i = 0; i < vals.length && i < MAX_VALUES; i++) {
        String v = vals[i];
        if (v == null) {
          continue;
        }
        kept.add(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) + "…" : v);
      }
      if (!kept.isEmpty()) {
        out.put(name, kept);
      }
    }
    return out;
  }

  /** The entry or file name Tika reports for an item, or null. */
  public static String resourceName(Metadata m) {
    return m.get(TikaCoreProperties.RESOURCE_NAME_KEY);
  }

  static String first(Metadata m, String... keys) {
    for (String k : keys) {
      String v = m.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  static List<String> values(Metadata m, String... keys) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      for (String v : m.getValues(k)) {
        if (v != null && !v.isBlank()) {
          out.add(v.strip());
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return new ArrayList<>(out);
  }

  /** Normalizes a date string to an ISO-8601 instant (UTC assumed when no zone); null if unparsable. */
  public static String isoInstant(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return Instant.parse(t).toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(t).toInstant().toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return java.time.ZonedDateTime.parse(t, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Lowercase extension of a name, without the dot, or null. */
  public static String extension(String name) {
    if (name == null) {
      return null;
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    if (dot <= 0 || dot == base.length() - 1) {
      return null;
    }
    String ext = base.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.length() > 10 || !ext.chars().allMatch(Character::isLetterOrDigit) ? null : ext;
  }
}
