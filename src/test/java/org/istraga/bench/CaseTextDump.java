package org.istraga.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.istraga.cases.Case;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/**
 * Writes every document of a case as one JSON line: id, paths, media type, status, page count,
 * page starts and the whole text. It is the input of {@code scripts/bench/text-fidelity}, which
 * compares Istraga's text and pages with independent extractors (pdftotext, the XML of Office
 * files, the bodies of e-mails); reading the index directly costs one stored-fields read per
 * document instead of one JVM start per {@code istraga show --page N}.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:target/lib/* org.istraga.bench.CaseTextDump CASE OUT.jsonl
 * }</pre>
 *
 * <p>Single-threaded; memory: one record at a time. The case is opened read-only.
 */
public final class CaseTextDump {

  private CaseTextDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CaseTextDump CASE_DIR OUT.jsonl ('-' for stdout)");
      System.exit(2);
    }
    Case kase = Case.open(Paths.get(args[0]), IndexSchema.caseSchema());
    ObjectMapper json = new ObjectMapper();
    Writer out =
        args[1].equals("-")
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
    int[] count = {0};
    try (out;
        CaseIndex index = CaseIndex.openReader(kase);
        CaseIndex.Handle h = index.searcher()) {
      h.forEachRecord(
          r -> {
            ObjectNode o = json.createObjectNode();
            o.put("id", r.id);
            ArrayNode paths = o.putArray("paths");
            for (Occurrence oc : r.occurrences) {
              paths.add(oc.path());
            }
            o.put("media_type", r.mediaType);
            o.put("type_group", r.typeGroup);
            o.put("status", r.status);
            o.put("status_reason", r.statusReason);
            o.put("language", r.language);
            if (r.pageCount != null) {
              o.put("page_count", r.pageCount);
            }
            ArrayNode starts = o.putArray("page_starts");
            for (int s : r.pageStarts) {
              starts.add(s);
            }
            o.put("text", r.text == null ? "" : r.text);
            out.write(json.writeValueAsString(o));
            out.write('\n');
            count[0]++;
          });
    }
    System.err.println(count[0] + " documents written");
  }
}
