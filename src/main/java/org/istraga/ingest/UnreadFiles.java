package org.istraga.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.istraga.IstragaException;
import org.istraga.Json;

/**
 * The files and folders under the evidence roots that an ingest met but could not read: permission
 * denied, an I/O error, gone between listing and reading ({@code vanished}), changed while being
 * read ({@code changed}), a folder whose listing failed. They have no hash, hence no document, so
 * the index cannot tell {@code istraga status} about them; this register does. It lives in
 * {@code CASE/unread.json} (absent when nothing was ever left unread), one entry per path.
 *
 * <p>An ingest loads it, removes a path once it reads that path (or finds it unchanged), adds
 * what it cannot read, and at the end of a complete walk drops the entries under its roots that it
 * did not meet again (gone from the tree). It is rewritten whole (a new file moved into place)
 * before every index commit, so a kill leaves the previous or the new version; a file whose
 * failure was lost that way has no document either, and the next run tries it again.
 *
 * <p>Thread-safe. Memory: one entry per unread path.
 */
public final class UnreadFiles {

  /** One path that could not be read: its status label ({@code unreadable, vanished, changed}). */
  public record Entry(String path, String root, String status, String reason, String run) {}

  private final Path file;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private UnreadFiles(Path file) {
    this.file = file;
  }

  /** An empty register that {@link #save()} writes to {@code file}. */
  static UnreadFiles empty(Path file) {
    return new UnreadFiles(file);
  }

  /** The register of a case ({@code CASE/unread.json}), empty when the file does not exist. */
  public static UnreadFiles load(Path file) throws IOException {
    UnreadFiles u = new UnreadFiles(file);
    try {
      byte[] bytes = Files.readAllBytes(file);
      List<Entry> list = Json.mapper().readValue(bytes, new TypeReference<List<Entry>>() {});
      for (Entry e : list) {
        u.entries.put(e.path(), e);
      }
    } catch (NoSuchFileException e) {
      // nothing was ever left unread
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE, "cannot read " + file + " ("
          + e.getOriginalMessage() + "); delete it and rerun the ingest, which lists unread files again", e);
    }
    return u;
  }

  /** Records that {@code path} could not be read in run {@code run}. */
  void unread(String path, String root, String status, String reason, String run) {
    entries.put(path, new Entry(path, root, status, reason, run));
  }

  /** Records that {@code path} was read (or found unchanged): it is no longer unread. */
  void read(String path) {
    if (!entries.isEmpty()) {
      entries.remove(path);
    }
  }

  /**
   * After a complete walk of {@code roots} in run {@code run}: drops the entries under those roots
   * that this run did not report again (the path was read, or is gone from the tree).
   */
  void walked(List<String> roots, String run) {
    entries.values().removeIf(e -> !run.equals(e.run())
        && roots.stream().anyMatch(r -> MissingFiles.isUnder(e.path(), r)));
  }

  /** The entries, by path. */
  public List<Entry> entries() {
    return new ArrayList<>(new TreeMap<>(entries).values());
  }

  /** Writes the register (deletes the file when it is empty): a new file moved into place. */
  void save() throws IOException {
    List<Entry> list = entries();
    if (list.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.write(next, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(list));
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
