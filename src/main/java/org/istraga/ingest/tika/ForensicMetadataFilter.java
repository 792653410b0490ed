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
import org.istraga.store.Hashes;

/**
 * Runs inside Tika's forked parser process: the per-document forensic analysis (PDF revisions and
 * signatures, Office, image and e-mail checks) of every file and every embedded child whose format
 * it covers, so that hostile bytes are only ever opened in the disposable process. The report goes
 * into {@link #REPORT} as JSON; a failure of the analysis itself into {@link #ERROR}.
 *
 * <p>The file is found through Tika's source path (the evidence file) or, for a child, through
 * the worker's own spool folder, where the child's bytes have just been written. Earlier PDF
 * revisions are not re-extracted here: Tika already indexes them as children of kind
 * {@code revision}; each gets the line break Tika cuts off its end ({@link RevisionEnd}) before
 * it is analysed.
 */
public class ForensicMetadataFilter extends MetadataFilter {

  private static final long serialVersionUID = 1L;

  /** Metadata key: the forensic report as JSON. */
  public static final String REPORT = "istraga:forensics";
  /** Metadata key: why no report could be made. */
  public static final String ERROR = "istraga:forensics_error";

  /** {@code X-TIKA:embedded_resource_type} of an earlier PDF revision. */
  private static final String REVISION = TikaCoreProperties.EmbeddedResourceType.VERSION.toString();
  /** Prefix of the digest keys Tika's digester writes ({@code X-TIKA:digest:SHA256}...). */
  private static final String DIGEST_PREFIX = "X-TIKA:digest:";

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
  /** The current file (Tika's source path); null until its root item is seen. */
  private transient Path rootFile;

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
    if (REVISION.equals(m.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
      completeRevision(m, file);
    }
    try {
      ForensicReport r = analyzer().analyze(file, org.istraga.ingest.TypeGroups.baseType(type));
      m.set(REPORT, r.toJson());
    } catch (RuntimeException | StackOverflowError e) {
      m.set(ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Gives an earlier PDF revision the whole line break after its {@code %%EOF} ({@link
   * RevisionEnd}), before it is analysed, and its digests and length to match: the ingest stores
   * these bytes and names the revision by their SHA-256, which is then the one the container's
   * report lists for that revision. A container that cannot be found leaves the revision as cut.
   */
  private void completeRevision(Metadata m, Path revision) {
    Path container = container(m);
    if (container == null) {
      return;
    }
    try {
      if (RevisionEnd.complete(revision, container)) {
        Hashes.Digests d = Hashes.of(revision);
        m.set(DIGEST_PREFIX + "SHA256", d.sha256());
        m.set(DIGEST_PREFIX + "SHA1", d.sha1());
        m.set(DIGEST_PREFIX + "MD5", d.md5());
        m.set(Metadata.CONTENT_LENGTH, Long.toString(d.size()));
      }
    } catch (IOException e) {
      m.add(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING,
          "revision end not completed (stored as the parser cut it): " + e);
    }
  }

  /** The bytes of the item's direct container: the file itself, or a spooled child; null if gone. */
  private synchronized Path container(Metadata m) {
    String idPath = m.get(TikaCoreProperties.EMBEDDED_ID_PATH);
    int slash = idPath == null ? -1 : idPath.lastIndexOf('/');
    if (slash <= 0) {
      return rootFile;
    }
    String parent = idPath.substring(0, slash);
    Path p = spooled == null ? null : spooled.get(parent.substring(parent.lastIndexOf('/') + 1));
    return p != null && Files.isRegularFile(p) ? p : null;
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
      rootFile = src == null ? null : Paths.get(src);
      return rootFile;
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
