package org.istraga.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.istraga.store.Hashes;

/**
 * The exact state of an evidence tree: for every entry its kind, SHA-256 and modification time
 * (links: their target). Two snapshots are equal only if nothing was created, changed, moved or
 * retimed.
 */
public record EvidenceSnapshot(Map<String, String> entries) {

  public static EvidenceSnapshot of(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String rel = root.relativize(p).toString();
        if (a.isSymbolicLink()) {
          m.put(rel, "link " + Files.readSymbolicLink(p));
        } else if (a.isDirectory()) {
          m.put(rel, "dir " + a.lastModifiedTime().toMillis());
        } else {
          m.put(rel, "file " + Hashes.sha256(p) + " " + a.lastModifiedTime().toMillis() + " " + a.size());
        }
      }
    }
    return new EvidenceSnapshot(m);
  }
}
