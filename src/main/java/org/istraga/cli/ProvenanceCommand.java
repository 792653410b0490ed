package org.istraga.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.provenance.ProvenanceReportRenderer;
import org.istraga.provenance.SignedDocumentFinder;
import org.istraga.provenance.forensics.DkimKeys;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
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
          + "analysed again to verify DKIM signatures against the given public keys. A detached signature "
          + "(.p7s) is checked against the document next to it in the case (ugovor.pdf for "
          + "ugovor.pdf.p7s)."
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
    List<String> flags = r.flags;
    boolean detached = report != null && report.path("cms").path("detached").asBoolean(false);
    if (dkimKeys != null || detached) {
      ForensicOptions options = ForensicOptions.defaults();
      if (dkimKeys != null) {
        ArgumentChecks.inputFile("DKIM key file", dkimKeys);
        options = options.withDkimKeys(DkimKeys.load(dkimKeys));
      }
      if (detached) { // check the .p7s against the document next to it in the case
        options = options.withSignedDocument(
            new SignedDocumentFinder(kase, options.limits().maxFileBytes()).find(r));
      }
      Path bytes = locate(kase, r);
      ForensicReport fresh = new ForensicAnalyzer(options).analyze(bytes, r.mediaType);
      report = Json.mapper().readTree(fresh.toJson());
      if (detached) {
        flags = cmsFlags(r.flags, fresh);
      }
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
      o.set("flags", Json.mapper().valueToTree(flags));
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

  /** The stored flags with the signed-envelope ones replaced by those of the fresh report. */
  private static List<String> cmsFlags(List<String> stored, ForensicReport fresh) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : stored) {
      if (!f.startsWith("cms-")) {
        out.add(f);
      }
    }
    fresh.flags().stream().map(Flag::name).filter(n -> n.startsWith("cms-")).forEach(out::add);
    return new ArrayList<>(out);
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
