package org.istraga.ingest.tika;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Set;
import org.apache.tika.config.Field;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;
import org.istraga.provenance.forensics.DkimKeys;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicLimits;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;

/**
 * Runs inside Tika's forked parser process: the per-document forensic analysis (PDF revisions and
 * signatures, Office, image and e-mail checks) of every file and every embedded child whose format
 * it covers, so that hostile bytes are only ever opened in the disposable process. The report goes
 * into {@link #REPORT} as JSON; a failure of the analysis itself into {@link #ERROR}.
 *
 * <p>The file is found through Tika's source path (the evidence file) or, for a child, through
 * the worker's own spool folder, where the child's bytes have just been written. Earlier PDF
 * revisions are not re-extracted here: Tika already indexes them as children of kind
 * {@code revision}.
 */
public class ForensicMetadataFilter extends MetadataFilter {

  private static final long serialVersionUID = 1L;

  /** Metadata key: the forensic report as JSON. */
  public static final String REPORT = "istraga:forensics";
  /** Metadata key: why no report could be made. */
  public static final String ERROR = "istraga:forensics_error";

  private static final Set<String> GROUPS = Set.of("pdf", "word", "spreadsheet", "presentation", "email", "image");

  private String spoolDir;
  private String dkimKeys;
  private long timeBudgetSeconds = 60;
  private transient ForensicAnalyzer analyzer;

  @Field
  public void setSpoolDir(String spoolDir) {
    this.spoolDir = spoolDir;
  }

  @Field
  public void setDkimKeys(String dkimKeys) {
    this.dkimKeys = dkimKeys;
  }

  @Field
  public void setTimeBudgetSeconds(long seconds) {
    this.timeBudgetSeconds = seconds;
  }

  @Override
  public void filter(Metadata m) {
    String type = m.get(Metadata.CONTENT_TYPE);
    if (type == null || !GROUPS.contains(org.istraga.ingest.TypeGroups.of(type))) {
      return;
    }
    Path file = locate(m);
    if (file == null) {
      return;
    }
    try {
      ForensicReport r = analyzer().analyze(file, org.istraga.ingest.TypeGroups.baseType(type));
      m.set(REPORT, r.toJson());
    } catch (RuntimeException | StackOverflowError e) {
      m.set(ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Path locate(Metadata m) {
    String idPath = m.get(TikaCoreProperties.EMBEDDED_ID_PATH);
    if (idPath == null || idPath.isEmpty()) {
      String src = m.get(TikaCoreProperties.SOURCE_PATH);
      return src == null ? null : Paths.get(src);
    }
    String id = m.get(TikaCoreProperties.EMBEDDED_ID);
    if (id == null || spoolDir == null) {
      return null;
    }
    File[] hits = new File(spoolDir).listFiles((dir, name) -> name.endsWith("-" + id) && !name.endsWith(".part"));
    if (hits == null || hits.length != 1) {
      return null;
    }
    Path p = hits[0].toPath();
    return Files.isRegularFile(p) ? p : null;
  }

  private synchronized ForensicAnalyzer analyzer() {
    if (analyzer == null) {
      ForensicLimits d = ForensicLimits.defaults();
      ForensicLimits limits = new ForensicLimits(d.maxFileBytes(), d.maxRevisions(), 0, 0, d.maxSignatures(),
          d.maxObjects(), d.maxXmlPartBytes(), d.maxEmailMessages(), java.time.Duration.ofSeconds(timeBudgetSeconds));
      ForensicOptions o = new ForensicOptions(
          dkimKeys == null || dkimKeys.isBlank() ? DkimKeys.none() : DkimKeys.load(Paths.get(dkimKeys)),
          Clock.systemUTC(), limits);
      analyzer = new ForensicAnalyzer(o);
    }
    return analyzer;
  }
}
