package org.istraga.ingest.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.ingest.IngestOptions;
import org.istraga.ingest.IngestRun;
import org.istraga.ingest.IngestSummary;
import org.istraga.ingest.OcrMode;

/** Test helpers: make a case by a real ingest, read its records and ledger back. */
final class OcrCases {

  private OcrCases() {}

  static Case create(Path dir) {
    return Case.openOrCreate(dir, IndexSchema.caseSchema());
  }

  static IngestSummary ingest(Case kase, OcrMode mode, Path... roots) throws InterruptedException {
    IngestOptions o = IngestOptions.defaults(List.of(roots)).withThreads(2).withOcr(mode);
    return new IngestRun(kase, o, new PrintWriter(new StringWriter())).run();
  }

  /**
   * All live records of the last commit. A record replaced by a later update stays in its
   * segment, marked deleted, until a merge drops it: reading every doc number up to maxDoc would
   * count it again (seen when an OCR run's page-by-page updates left such a segment).
   */
  static List<DocumentRecord> records(Case kase) throws IOException {
    List<DocumentRecord> out = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      h.forEachRecord(out::add);
    }
    return out;
  }

  /** The record whose first path ends with {@code suffix}. */
  static DocumentRecord record(Case kase, String suffix) throws IOException {
    for (DocumentRecord r : records(kase)) {
      if (r.firstPath() != null && r.firstPath().endsWith(suffix)) {
        return r;
      }
    }
    throw new AssertionError("no document at *" + suffix);
  }

  /** Ledger entries of one type, in order. */
  static List<JsonNode> ledger(Case kase, String type) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(kase.layout().ledger(), StandardCharsets.UTF_8)) {
      JsonNode n = Json.mapper().readTree(line);
      if (type.equals(n.path("type").asText())) {
        out.add(n);
      }
    }
    return out;
  }

  /** True when every ledger line's prev is the hash of the line before it. */
  static boolean chainIntact(Case kase) throws IOException {
    String prev = "0".repeat(64);
    for (String line : Files.readAllLines(kase.layout().ledger(), StandardCharsets.UTF_8)) {
      JsonNode n = Json.mapper().readTree(line);
      if (!prev.equals(n.path("prev").asText())) {
        return false;
      }
      prev = n.path("hash").asText();
    }
    return true;
  }

  static OcrOptions options(int threads) {
    return OcrOptions.defaults(threads, OcrOptions.DEFAULT_LANGUAGES).withCommitIntervalMillis(200);
  }
}
