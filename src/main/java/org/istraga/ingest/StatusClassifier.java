package org.istraga.ingest;

import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.istraga.document.ExtractionStatus;
import org.istraga.ingest.tika.ExtractedItem;
import org.istraga.ingest.tika.Extraction;
import org.istraga.ingest.tika.LimitingUnpackExtractor;
import org.istraga.ingest.tika.RarListingParser;
import org.istraga.ingest.tika.SignedDataParser;
import org.istraga.ingest.tika.TikaConfigWriter;

/**
 * Decides the {@link ExtractionStatus} and reason of one extracted item from what Tika reported:
 * the process-level outcome, container and embedded exceptions, encryption markers, limits hit,
 * and whether any text came out. Pure functions; thread-safe.
 */
public final class StatusClassifier {

  /** A status with its reason (null when none is needed). */
  public record Verdict(ExtractionStatus status, String reason, String error) {}

  private StatusClassifier() {}

  /** Earlier revisions of a PDF, as Tika counts them (0 for a PDF without incremental updates). */
  static int earlierRevisions(Metadata m) {
    String count = m.get(TikaCoreProperties.VERSION_COUNT);
    if (count == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(count.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Classifies an item. {@code outcome} is the process-level result of the whole file. */
  public static Verdict classify(ExtractedItem item, Extraction.Outcome outcome, long size, int maxDepth) {
    Metadata m = item.metadata();
    boolean hasText = !item.text().isBlank();
    if (item.isRoot()) {
      switch (outcome) {
        case TIMEOUT:
          return new Verdict(ExtractionStatus.TIMEOUT,
              "parser did not finish within the time limit" + (hasText ? "; partial text kept" : ""), null);
        case OUT_OF_MEMORY:
          return new Verdict(ExtractionStatus.OUT_OF_MEMORY,
              "parser ran out of memory; rerun with a larger --worker-heap", null);
        case CRASHED:
          return new Verdict(ExtractionStatus.CRASHED, "parser process crashed", null);
        case FETCH_FAILED:
          return new Verdict(ExtractionStatus.UNREADABLE, "the parser could not read the file", null);
        default:
          break;
      }
    }
    String exception = firstNonNull(
        m.get(TikaCoreProperties.CONTAINER_EXCEPTION),
        m.get(TikaCoreProperties.EMBEDDED_EXCEPTION));
    if ("true".equalsIgnoreCase(m.get(TikaCoreProperties.IS_ENCRYPTED))
        || mentionsEncryption(exception)) {
      if ("true".equals(m.get(SignedDataParser.ENVELOPED))) {
        return new Verdict(ExtractionStatus.ENCRYPTED, "encrypted for its recipients (S/MIME or"
            + " CMS enveloped data): only a recipient's private key opens it; passwords do not"
            + " help", summary(exception));
      }
      if (RarListingParser.handles(m.get(Metadata.CONTENT_TYPE))) {
        return new Verdict(ExtractionStatus.ENCRYPTED, "RAR archive with encrypted file names:"
            + " nothing can be listed or unpacked without the password; unpack it with unrar and"
            + " the password and ingest the folder", summary(exception));
      }
      return new Verdict(ExtractionStatus.ENCRYPTED,
          "encrypted or password-protected; supply passwords with --passwords FILE", summary(exception));
    }
    String streamException = m.get(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM);
    if ("true".equals(m.get(LimitingUnpackExtractor.BOMB))
        || exception != null && mentionsBomb(exception)
        || streamException != null && mentionsBomb(streamException)) {
      String why = exception != null && mentionsBomb(exception) ? exception
          : streamException != null && mentionsBomb(streamException) ? streamException : null;
      return new Verdict(ExtractionStatus.BOMB, "unpacking stopped: "
          + (why == null ? "embedded items expand far beyond the file's size (archive bomb)" : firstLine(why)),
          summary(why));
    }
    if (item.isRoot() && "true".equals(m.get(AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED))) {
      return new Verdict(ExtractionStatus.TOO_MANY_CHILDREN,
          "more embedded items than the limit; the rest were not unpacked (raise it with --max-children)", null);
    }
    int revisions = earlierRevisions(m);
    if (item.isRoot() && revisions > TikaConfigWriter.MAX_PDF_REVISIONS) {
      return new Verdict(ExtractionStatus.TOO_MANY_CHILDREN, "PDF with " + revisions
          + " earlier revisions (incremental updates): the first " + TikaConfigWriter.MAX_PDF_REVISIONS
          + " are unpacked, the later ones are not; the current text is complete", null);
    }
    String skipped = m.get(LimitingUnpackExtractor.SKIPPED_TOO_DEEP);
    if (skipped != null) {
      return new Verdict(ExtractionStatus.TOO_DEEP,
          skipped + " embedded item(s) not unpacked beyond the nesting limit of " + maxDepth
              + " (raise it with --max-depth)", null);
    }
    if (size == 0 && !hasText) {
      // a parser chosen by the name (x.doc) complains about no bytes: that is not damage
      return new Verdict(ExtractionStatus.EMPTY, "zero-byte file", null);
    }
    if (exception != null) {
      ExtractionStatus s = hasText ? ExtractionStatus.CORRUPT_PARTIAL : ExtractionStatus.CORRUPT;
      return new Verdict(s, (hasText ? "damaged; partial text kept: " : "damaged; no text recovered: ")
          + firstLine(exception), summary(exception));
    }
    if (streamException != null && mentionsEncryption(streamException)) {
      return new Verdict(ExtractionStatus.ENCRYPTED,
          "some embedded items are encrypted; supply passwords with --passwords FILE", summary(streamException));
    }
    if (streamException != null) {
      ExtractionStatus s = hasText ? ExtractionStatus.CORRUPT_PARTIAL : ExtractionStatus.CORRUPT;
      return new Verdict(s, "damaged: part of the file could not be read ("
          + firstLine(streamException) + ")" + (hasText ? "; recovered text kept" : ""), summary(streamException));
    }
    if (isTruncatedPdf(m)) {
      ExtractionStatus s = hasText ? ExtractionStatus.CORRUPT_PARTIAL : ExtractionStatus.CORRUPT;
      return new Verdict(s, "truncated or damaged PDF: no end-of-file marker"
          + (hasText ? "; text recovered by scanning its objects" : ""), null);
    }
    if ("true".equals(m.get(RarListingParser.NOT_UNPACKED))) {
      return rarVerdict(m);
    }
    if (hasText) {
      return new Verdict(ExtractionStatus.OK, null, null);
    }
    if (size == 0) {
      return new Verdict(ExtractionStatus.EMPTY, "zero-byte file", null);
    }
    if (!parsedByRealParser(m)) {
      return new Verdict(ExtractionStatus.UNSUPPORTED,
          "no parser for " + TypeGroups.baseType(String.valueOf(m.get(Metadata.CONTENT_TYPE)))
              + "; hashed and indexed by metadata", null);
    }
    String type = TypeGroups.of(m.get(Metadata.CONTENT_TYPE));
    if ("image".equals(type)) {
      return new Verdict(ExtractionStatus.EMPTY, "image without text; awaiting OCR", null);
    }
    if ("pdf".equals(type)) {
      return new Verdict(ExtractionStatus.EMPTY, "no text layer; awaiting OCR", null);
    }
    if ("archive".equals(type) || "email".equals(type)) {
      return new Verdict(ExtractionStatus.OK, null, null);
    }
    if (String.valueOf(m.get(Metadata.CONTENT_TYPE)).startsWith("application/pkcs7-")) {
      // a signed envelope: its document is its embedded child
      return "true".equals(m.get(org.istraga.ingest.tika.SignedDataParser.DETACHED))
          ? new Verdict(ExtractionStatus.EMPTY,
              "detached signature: it signs a file kept elsewhere and carries no document", null)
          : new Verdict(ExtractionStatus.OK, null, null);
    }
    return new Verdict(ExtractionStatus.EMPTY, "no text in the document", null);
  }

  /**
   * A PDF whose end (startxref and %%EOF) is missing: Tika scanned for end-of-file markers
   * ({@code pdf:incrementalUpdateCount} is set) and found none ({@code pdf:eofOffsets} absent).
   */
  static boolean isTruncatedPdf(Metadata m) {
    String type = m.get(Metadata.CONTENT_TYPE);
    return type != null && TypeGroups.baseType(type).equals("application/pdf")
        && m.get("pdf:incrementalUpdateCount") != null && m.get("pdf:eofOffsets") == null;
  }

  /** A RAR archive listed but not unpacked: unsupported, with what to do about it. */
  private static Verdict rarVerdict(Metadata m) {
    String entries = m.get(RarListingParser.ENTRIES);
    String encrypted = m.get(RarListingParser.ENCRYPTED_ENTRIES);
    String incomplete = m.get(RarListingParser.INCOMPLETE);
    StringBuilder why = new StringBuilder("RAR archive: its ").append(entries)
        .append(" entry names are listed as its text but not unpacked (Istraga has no RAR"
            + " decompressor); unpack it with unrar or a RAR-enabled 7-Zip and ingest the folder");
    if (encrypted != null && !"0".equals(encrypted)) {
      why.append("; ").append(encrypted).append(" entries are encrypted (a password is needed)");
    }
    if (incomplete != null) {
      why.append("; ").append(incomplete);
    }
    return new Verdict(ExtractionStatus.UNSUPPORTED, why.toString(), null);
  }

  private static boolean parsedByRealParser(Metadata m) {
    String[] parsers = m.getValues(TikaCoreProperties.TIKA_PARSED_BY);
    for (String p : parsers) {
      if (!p.endsWith("EmptyParser") && !p.endsWith("DefaultParser") && !p.endsWith("CompositeParser")
          && !p.endsWith("AutoDetectParser")) {
        return true;
      }
    }
    return false;
  }

  static boolean mentionsEncryption(String stack) {
    if (stack == null) {
      return false;
    }
    String s = stack.toLowerCase(Locale.ROOT);
    return s.contains("encrypteddocumentexception") || s.contains("passwordrequiredexception")
        || s.contains("invalidpasswordexception") || s.contains("unsupportedzipfeatureexception: unsupported feature encryption")
        || s.contains("password required") || s.contains("encryption used") || s.contains("is encrypted")
        || s.contains("decryption material") || s.contains("cannot decrypt") || s.contains("bad decrypt");
  }

  static boolean mentionsBomb(String stack) {
    String s = stack.toLowerCase(Locale.ROOT);
    return s.contains("archive bomb") || s.contains("zip bomb") || s.contains("zipbombexception") || s.contains("tikamemorylimitexception")
        || s.contains("suspected") && s.contains("bomb") || s.contains("memorylimitexception");
  }

  /**
   * The first line of a stack trace (exception class and message), followed by its root cause
   * when that says something the first line does not: Tika wraps parser failures in messages such
   * as "TIKA-198: Illegal IOException from ...PackageParser", which name the parser, not the
   * problem ("Unexpected end of ZLIB input stream").
   */
  static String firstLine(String stack) {
    if (stack == null) {
      return "";
    }
    String s = stack.strip();
    int nl = s.indexOf('\n');
    String line = nl >= 0 ? s.substring(0, nl) : s;
    int cause = s.lastIndexOf("\nCaused by: ");
    if (cause >= 0) {
      int from = cause + "\nCaused by: ".length();
      int end = s.indexOf('\n', from);
      String root = (end >= 0 ? s.substring(from, end) : s.substring(from)).strip();
      int colon = root.indexOf(": ");
      String rootMessage = colon >= 0 ? root.substring(colon + 2) : root;
      if (!rootMessage.isBlank() && !line.contains(rootMessage)) {
        line = line + " (cause: " + root + ")";
      }
    }
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** A bounded summary of a stack trace for the record. */
  static String summary(String stack) {
    if (stack == null) {
      return null;
    }
    String s = stack.strip();
    return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
