package org.istraga.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.provenance.ProvenanceReportRenderer;
import org.istraga.provenance.forensics.DkimKeys;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.store.BlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga provenance}: the forensic report of one document. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
    header = "Show a document\u2019s origin and forensic checks (PDF, Office, image, e-mail).",
    description = {
      "Show where a document came from and the forensic checks made on it: PDF revisions and "
          + "signatures, Office authorship and hidden content, image camera and GPS, e-mail Received chain "
          + "and DKIM, and the consistency flags (see docs/provenance.md). With --dkim-keys the document is "
          + "analysed again to verify DKIM signatures against the given public keys."
    })
public final class ProvenanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "ID", description = "Document id or unique prefix.")
  String id;

  @Option(names = "--dkim-keys", paramLabel = "FILE",
      description = "DKIM public keys (DNS TXT records) to verify e-mail signatures offline.")
  Path dkimKeys;

  @Override
  public Integer call() throws Exception {
    Case kase = caseOption.open();
    DocumentRecord r = CaseIndex.record(kase, id);
    JsonNode report = r.provenance;
    if (dkimKeys != null) {
      ArgumentChecks.inputFile("DKIM key file", dkimKeys);
      Path bytes = locate(kase, r);
      ForensicAnalyzer a = new ForensicAnalyzer(ForensicOptions.defaults().withDkimKeys(DkimKeys.load(dkimKeys)));
      report = Json.mapper().readTree(a.analyze(bytes, r.mediaType).toJson());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("id", r.id);
      o.put("short_id", r.shortId());
      o.set("paths", Json.mapper().valueToTree(r.occurrences));
      o.put("sha256", r.id);
      o.put("sha1", r.sha1);
      o.put("md5", r.md5);
      o.set("flags", Json.mapper().valueToTree(r.flags));
      o.set("report", report);
      OutputOption.printJson(out, o);
      return ExitCode.OK;
    }
    out.printf("%s  %s%n", r.shortId(), r.title != null ? r.title : r.firstPath());
    out.printf("sha256 %s%nsha1   %s%nmd5    %s%n", r.id, r.sha1, r.md5);
    for (Occurrence o : r.occurrences) {
      out.printf("found at %s%s%n", o.path(), o.missing() ? (o.replaced() ? " (since replaced)" : " (missing)") : "");
    }
    ProvenanceReportRenderer.print(out, report);
    return ExitCode.OK;
  }

  /** Where the document's bytes are: a present evidence path, or the blob store. */
  private static Path locate(Case kase, DocumentRecord r) {
    for (Occurrence o : r.occurrences) {
      Path p = org.istraga.store.RawPaths.resolve(o.path());
      if (!o.isEmbedded() && !o.missing() && Files.isRegularFile(p)) {
        return p;
      }
    }
    BlobStore blobs = new BlobStore(kase.layout().blobs());
    if (r.stored && blobs.contains(r.id)) {
      return blobs.path(r.id);
    }
    throw IstragaException.notFound("the bytes of document " + r.shortId()
        + " are not reachable (evidence moved and not stored in the case)");
  }
}
