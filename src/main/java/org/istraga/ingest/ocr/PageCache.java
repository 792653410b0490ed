package org.istraga.ingest.ocr;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.istraga.Json;
import org.istraga.cases.Scratch;

/**
 * OCR text of pages of documents not yet finished, kept in the case's {@code tmp/ocr-pages/} so
 * that a long scan interrupted halfway resumes from its last finished call instead of its first
 * page. It is a cache, not state: the index says which documents wait for OCR; losing this
 * folder costs only the OCR of those pages again.
 *
 * <p>One JSON file per finished call, written atomically; files made with other languages are
 * ignored. A document's files are deleted once its OCR text is committed to the index.
 * Thread-safe (files are per call; reads happen before a document's calls are issued).
 */
final class PageCache {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Entry(String languages, List<PageResult> pages) {}

  private final Path root;

  PageCache(Path root) {
    this.root = root;
  }

  /** Saves the successful pages of one call. */
  void save(String sha, String languages, List<PageResult> pages, String callId) throws IOException {
    List<PageResult> ok = pages.stream().filter(PageResult::ok).toList();
    if (ok.isEmpty()) {
      return;
    }
    Path dir = dir(sha);
    Files.createDirectories(dir);
    Path tmp = dir.resolve(callId + ".json.part");
    Files.write(tmp, Json.mapper().writeValueAsBytes(new Entry(languages, ok)));
    Files.move(tmp, dir.resolve(callId + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Pages already OCR'd with these languages, by page number. Unreadable files are ignored. */
  Map<Integer, PageResult> load(String sha, String languages) {
    Map<Integer, PageResult> out = new HashMap<>();
    Path dir = dir(sha);
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (var s = Files.list(dir)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        if (!f.getFileName().toString().endsWith(".json")) {
          continue;
        }
        try {
          Entry e = Json.mapper().readValue(f.toFile(), Entry.class);
          if (languages.equals(e.languages()) && e.pages() != null) {
            for (PageResult p : e.pages()) {
              if (p.ok()) {
                out.put(p.page(), p);
              }
            }
          }
        } catch (IOException e) {
          // a damaged cache file only means these pages are read again
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** Forgets a document's pages. */
  void delete(String sha) {
    Scratch.delete(dir(sha));
  }

  /** Ids of documents with cached pages. */
  List<String> documents() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (var s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> SHA.matcher(n).matches()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private Path dir(String sha) {
    if (!SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a document id: " + sha);
    }
    return root.resolve(sha);
  }
}
