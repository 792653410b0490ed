package org.istraga.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.istraga.IstragaException;

/**
 * Refuses an ingest whose case folder lies inside an evidence root or around one. Both sides are
 * compared as the file system resolves them, symbolic links in any component included: a case
 * given as {@code /cases/link/c}, where {@code link} leads into the evidence, would otherwise be
 * written into the evidence and then walked as evidence. A case folder that does not exist yet is
 * resolved through its nearest existing ancestor.
 *
 * <p>Stateless; cost: one path resolution per root and one for the case folder.
 */
public final class CaseEvidenceSeparation {

  private CaseEvidenceSeparation() {}

  /**
   * @param roots evidence roots (absolute)
   * @param caseRoot the case folder, existing or not
   * @throws IstragaException (usage) naming both paths when they overlap
   */
  public static void requireApart(List<Path> roots, Path caseRoot) {
    Path kase = resolved(caseRoot);
    for (Path root : roots) {
      Path r = resolved(root);
      if (r.startsWith(kase) || Files.isDirectory(r) && kase.startsWith(r)) {
        String seen = r.equals(root.toAbsolutePath().normalize()) && kase.equals(caseRoot.toAbsolutePath().normalize())
            ? "" : " (once links are followed: " + r + " and " + kase + ")";
        throw IstragaException.usage("evidence path " + root + " and case folder " + caseRoot + " overlap" + seen
            + "; put the case folder outside the evidence (evidence is never written to)");
      }
    }
  }

  /**
   * The path as the file system resolves it: the real path of its nearest existing ancestor,
   * followed by the components that do not exist yet. Falls back to the normalized absolute path
   * when even that cannot be resolved (the caller's later checks report the missing path).
   */
  static Path resolved(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }
}
