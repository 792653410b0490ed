package org.istraga.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Istraga knows about one document (one distinct content, identified by its SHA-256):
 * where it was found, what Tika extracted, its status and its forensic findings.
 *
 * <p>This is the stored source of a document in the index: the index can be rebuilt from these
 * records without parsing the evidence again. The JSON field names (snake_case) are documented in
 * docs/schema.md and are stable. The text is kept beside the JSON (field {@code text}), not in it.
 *
 * <p>Instances are plain mutable data holders; they are not thread-safe and are not shared
 * between threads while being built.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DocumentRecord {

  /** SHA-256 of the content, lowercase hex: the document id. */
  public String id;
  public String sha1;
  public String md5;
  public long size;
  /** {@link DocumentKind#label()}. */
  public String kind;
  public List<Occurrence> occurrences = new ArrayList<>();

  public String mediaType;
  /** pdf, word, spreadsheet, presentation, email, image, archive, text, html, other. */
  public String typeGroup;
  /** Lowercase file extension of the first occurrence's name, without the dot. */
  public String ext;
  public String title;
  public List<String> authors = new ArrayList<>();
  public String lastModifiedBy;
  public String creatorTool;
  public String producer;
  public String company;
  /** ISO-8601 instants. {@code date} is the document's best date (sent, created, modified). */
  public String created;
  public String modified;
  public String date;

  public String emailFrom;
  public List<String> emailTo = new ArrayList<>();
  public List<String> emailCc = new ArrayList<>();
  /** Blind-copy recipients: present in sent copies, drafts and some exports of a mailbox. */
  public List<String> emailBcc = new ArrayList<>();
  /** Where replies go when it is not the sender: often a private address behind an official one. */
  public List<String> emailReplyTo = new ArrayList<>();
  public String subject;
  public String messageId;
  /** Message-IDs (without brackets) this message answers and the conversation so far. */
  public List<String> inReplyTo = new ArrayList<>();
  public List<String> references = new ArrayList<>();
  /** The conversation: the Message-ID of its first message ({@code MailThread}), or null. */
  public String thread;

  /** ISO 639-1 code of the main language, or null when unknown. */
  public String language;
  /** cyrillic, latin, mixed or other; null when there is no text. */
  public String script;

  /** Number of pages, for formats that have pages; null otherwise. */
  public Integer pageCount;
  /** Char offset in the text where each page starts; empty when the text has no page layout. */
  public int[] pageStarts = new int[0];
  /** 1-based numbers of pages whose text came from OCR. */
  public int[] ocrPages = new int[0];
  /** none, pending, done, failed, off. */
  public String ocrState = "none";

  /** {@link ExtractionStatus#label()}. */
  public String status;
  /** Why: the no-content reason, or the error summary for failures. */
  public String statusReason;
  /** Extra error detail (exception class and message), kept for failures. */
  public String error;
  /** True when this embedded child's or revision's bytes are kept in the case's blob store. */
  public boolean stored;
  /** True when the text was cut at the configured write limit. */
  public boolean textTruncated;
  /** For encrypted documents opened with a supplied password: which entry of the list opened it. */
  public Integer passwordIndex;

  /** All metadata Tika reported (content and internal keys excluded). */
  public Map<String, List<String>> metadata = new LinkedHashMap<>();
  /**
   * Fields of structured data whose meaning the structure states (XML amounts whose currency is
   * an attribute or a sibling element, tax and registration numbers in id elements), in text
   * order: what the entity step reads that the text alone does not show. Empty for other
   * documents.
   */
  public List<DataField> dataFields = new ArrayList<>();
  /** Entity mentions found in the text and metadata, in text order. */
  public List<EntityMention> entities = new ArrayList<>();
  /** Forensic consistency flags (kebab-case names, see docs/provenance.md). */
  public List<String> flags = new ArrayList<>();
  /** The forensic report, as JSON, when one was made. */
  public JsonNode provenance;

  public String ingestedAt;
  public String istragaVersion;
  public String tikaVersion;

  /** Extracted text (pages concatenated; see {@link #pageStarts}). Stored beside the JSON. */
  @JsonIgnore public String text = "";

  /** The short id: the first 12 hex characters of the SHA-256. */
  @JsonIgnore
  public String shortId() {
    return DocumentIds.shortId(id);
  }

  /** The first occurrence's display path, or null. */
  @JsonIgnore
  public String firstPath() {
    return occurrences.isEmpty() ? null : occurrences.get(0).path();
  }

  /** Status as an enum. */
  @JsonIgnore
  public ExtractionStatus statusEnum() {
    return ExtractionStatus.fromLabel(status);
  }

  /**
   * 1-based page number holding the character at {@code offset}, or 0 when the text has no pages.
   * Cost: O(log pages).
   */
  public int pageAt(int offset) {
    return PageMap.pageAt(pageStarts, offset);
  }
}
