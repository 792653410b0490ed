package org.istraga.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.istraga.Json;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.tika.ForensicMetadataFilter;

/**
 * Copies the forensic report made in the forked parser into a record: the report as JSON in
 * {@link DocumentRecord#provenance} and its flag names in {@link DocumentRecord#flags} (searchable
 * as {@code flag:NAME} and shown as a facet). Pure functions; thread-safe.
 */
final class Forensics {

  private Forensics() {}

  static void apply(Metadata m, DocumentRecord r) {
    String json = m.get(ForensicMetadataFilter.REPORT);
    if (json == null) {
      String err = m.get(ForensicMetadataFilter.ERROR);
      if (err != null) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.putArray("errors").add("analysis: " + err);
        r.provenance = n;
      }
      return;
    }
    try {
      JsonNode report = Json.mapper().readTree(json);
      Set<String> flags = new LinkedHashSet<>(r.flags);
      for (JsonNode f : report.path("flags")) {
        String name = f.path("name").asText(null);
        if (name != null) {
          flags.add(name);
        }
      }
      r.flags = new ArrayList<>(flags);
      r.provenance = report;
    } catch (IOException e) {
      ObjectNode n = Json.mapper().createObjectNode();
      n.putArray("errors").add("report unreadable: " + e.getMessage());
      r.provenance = n;
    }
  }
}
