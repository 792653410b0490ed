package org.istraga.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.export.BundleVerifier.Problem;
import org.istraga.provenance.LedgerLine;
import org.istraga.provenance.LedgerVerifier;

/**
 * The checks of a bundle against the case it came from: every bundled document is recorded in the
 * case's custody ledger (a {@code file} or {@code child} entry with its SHA-256), every custody
 * entry copied into the bundle is a line of that ledger (same hash), every entry of a bundled
 * document that the ledger held at export is in the bundle (none removed), every occurrence path
 * is recorded for that document in the ledger, the ledger head recorded at export is a line of
 * the ledger (its history was not rewritten since), and the chain is intact.
 */
final class CaseCheck {

  private CaseCheck() {}

  static void check(Case kase, BagReader r, BundleContent content, List<Problem> problems) throws IOException {
    Set<String> ids = new HashSet<>();
    for (BundleManifest.Doc d : content.manifest().documents()) {
      ids.add(d.id());
    }
    Set<String> recorded = new HashSet<>();
    Map<String, String> lineHashes = new HashMap<>();
    Set<String> allHashes = new HashSet<>();
    Map<String, Set<String>> recordedPaths = new HashMap<>();
    Map<String, Map<String, LedgerLine>> expectedEntries = new HashMap<>();
    String exportHead = content.manifest().caseLedgerHead();
    boolean[] afterExport = {false};
    LedgerVerifier.Result ledger = LedgerVerifier.verify(kase.layout().ledger(), line -> {
      allHashes.add(line.hash());
      String sha = line.json().path("sha256").asText(null);
      if (sha != null && ids.contains(sha)) {
        lineHashes.put(line.hash(), line.json().toString());
        if (line.type().equals("file") || line.type().equals("child")) {
          recorded.add(sha);
          recordedPaths.computeIfAbsent(sha, k -> new HashSet<>()).add(line.json().path("path").asText(""));
        }
      }
      if (!afterExport[0] && BundleExport.CUSTODY_TYPES.contains(line.type())) {
        for (String f : new String[] {"sha256", "old_sha256", "new_sha256"}) {
          String v = line.json().path(f).asText(null);
          if (v != null && ids.contains(v)) {
            expectedEntries.computeIfAbsent(v, k -> new LinkedHashMap<>()).put(line.hash(), line);
          }
        }
      }
      afterExport[0] |= line.hash().equals(exportHead);
    });
    String ledgerFile = kase.layout().ledger().toString();
    if (!ledger.intact()) {
      problems.add(new Problem(ledgerFile, "the case's custody ledger chain is broken (run 'istraga verify')"));
    }
    if (!allHashes.contains(content.manifest().caseLedgerHead())) {
      problems.add(new Problem("data/bundle.json", "the ledger head recorded at export ("
          + content.manifest().caseLedgerHead() + ") is not in the case's ledger: another case, or its history was rewritten"));
    }
    for (BundleManifest.Doc d : content.manifest().documents()) {
      if (!recorded.contains(d.id())) {
        problems.add(new Problem("data/" + d.provenance(), "document " + d.id() + " is not recorded in the case's custody ledger"));
      }
      JsonNode prov = BundleVerifier.json(r, "data/" + d.provenance(), new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {}, problems);
      if (prov == null) {
        continue;
      }
      Set<String> bundled = new HashSet<>();
      prov.path("custody").forEach(e -> bundled.add(e.path("hash").asText("")));
      if (afterExport[0]) { // without the export head in the ledger, which entries were due is unknown
        for (LedgerLine due : expectedEntries.getOrDefault(d.id(), Map.of()).values()) {
          if (!bundled.contains(due.hash())) {
            problems.add(new Problem("data/" + d.provenance(), "custody entry seq " + due.seq() + " (" + due.type()
                + ", " + due.json().path("path").asText("") + ") of the case's ledger, written before the export, "
                + "is missing from the bundle (removed)"));
          }
        }
      }
      Set<String> paths = recordedPaths.getOrDefault(d.id(), Set.of());
      for (JsonNode o : prov.path("occurrences")) {
        String path = o.path("path").asText("");
        if (!paths.contains(path)) {
          problems.add(new Problem("data/" + d.provenance(), "occurrence " + path + " of " + d.shortId()
              + " is not recorded for this document in the case's custody ledger"));
        }
      }
      for (JsonNode entry : prov.path("custody")) {
        String h = entry.path("hash").asText("");
        String sha = entry.path("sha256").asText(null);
        if (sha == null || !sha.equals(d.id())) {
          if (!allHashes.contains(h)) {
            problems.add(new Problem("data/" + d.provenance(), "custody entry " + h + " is not in the case's ledger"));
          }
          continue;
        }
        String inCase = lineHashes.get(h);
        if (inCase == null) {
          problems.add(new Problem("data/" + d.provenance(), "custody entry " + h + " is not in the case's ledger"));
        } else if (!inCase.equals(entry.toString())) {
          problems.add(new Problem("data/" + d.provenance(), "custody entry " + h + " differs from the case's ledger line"));
        }
      }
    }
  }
}
