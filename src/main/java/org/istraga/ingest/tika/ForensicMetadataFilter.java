package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
  /** CMS / PKCS#7 signed envelopes (.p7m, .p7s): their signatures are checked (format cms). */
  private static final Set<String> SIGNED_ENVELOPES = Set.of("application/pkcs7-mime",
      "application/pkcs7-signature", "application/x-pkcs7-mime", "application/x-pkcs7-signature");

  private String spoolDir;
  private String dkimKeys;
  private long timeBudgetSeconds = 60;
  private transient ForensicAnalyzer analyzer;
  /** The current file's spooled children by embedded id; null until its first child is located. */
  private transient Map<String, Path> spooled;
  /** Whether the current file's spool was listed a second time (at most once per file). */
  private transient boolean relisted;

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
    if (type == null
        || !(GROUPS.contains(org.istraga.ingest.TypeGroups.of(type))
            || SIGNED_ENVELOPES.contains(org.istraga.ingest.TypeGroups.baseType(type)))) {
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

  /**
   * The spooled file of an item. The filter sees one file's items in order, the file itself first
   * (Tika's pipes server filters them after the parse, when every child's bytes are spooled): the
   * spool folder is listed once per file, at its first child, not once per child, which made a
   * mailbox of 20,000 messages take 20,000 listings of up to 20,000 names and time out.
   */
  private synchronized Path locate(Metadata m) {
    String idPath = m.get(TikaCoreProperties.EMBEDDED_ID_PATH);
    if (idPath == null || idPath.isEmpty()) {
      spooled = null; // a new file: its children are listed afresh
      String src = m.get(TikaCoreProperties.SOURCE_PATH);
      return src == null ? null : Paths.get(src);
    }
    String id = m.get(TikaCoreProperties.EMBEDDED_ID);
    if (id == null || spoolDir == null) {
      return null;
    }
    if (spooled == null) {
      spooled = listSpool(Paths.get(spoolDir));
      relisted = false;
    }
    Path p = spooled.get(id);
    if ((p == null || !Files.isRegularFile(p)) && !relisted) {
      // a child spooled after the listing, or a listing left from a file whose root was not seen
      spooled = listSpool(Paths.get(spoolDir));
      relisted = true;
      p = spooled.get(id);
    }
    return p != null && Files.isRegularFile(p) ? p : null;
  }

  /**
   * Spooled files by embedded id (the digits after the last '-' of {@code <task>-<id>}); an id
   * found under two names (a file left by a parse that timed out) maps to null, as it cannot be
   * told which is current.
   */
  static Map<String, Path> listSpool(Path dir) {
    Map<String, Path> byId = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (name.endsWith(".part") || dash < 0 || dash == name.length() - 1) {
          continue;
        }
        String id = name.substring(dash + 1);
        byId.put(id, byId.containsKey(id) ? null : f);
      }
    } catch (IOException | DirectoryIteratorException e) {
      return byId;
    }
    return byId;
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
