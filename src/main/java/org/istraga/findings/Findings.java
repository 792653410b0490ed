package org.istraga.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.istraga.Json;
import org.istraga.provenance.LedgerLine;
import org.istraga.provenance.LedgerVerifier;

/**
 * The tags, notes and citations of a case as the findings journal held them when it was read: an
 * immutable snapshot, safe to share between threads.
 *
 * <p>This is also the read API the search side adapts to: {@link #tags()} (every tag with its
 * documents), {@link #idsWithTag}, {@link #tagsOf} and {@link #tagCounts}. Tags are matched folded
 * ({@link TagNames#key}) and shown as first written.
 *
 * <p>Cost: lookups by tag, and of a document's tags, notes and citations, are O(1) (plus the size
 * of the answer); {@link #tagCounts} is O(ids given).
 */
public final class Findings {

  /** What the chain check of the journal found. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Integrity(long entries, String head, boolean intact, boolean incompleteTail,
      List<LedgerVerifier.Problem> problems) {}

  private final Map<String, String> displayByKey;
  private final Map<String, Set<String>> idsByKey;
  private final Map<String, Set<String>> keysById;
  private final List<Note> notes;
  private final List<Citation> citations;
  private final Map<String, List<Note>> notesById = new LinkedHashMap<>();
  private final Map<String, List<Citation>> citationsById = new LinkedHashMap<>();
  private final Integrity integrity;

  private Findings(Builder b, Integrity integrity) {
    this.displayByKey = b.displayByKey;
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (Map.Entry<String, LinkedHashSet<String>> e : b.idsByKey.entrySet()) {
      if (!e.getValue().isEmpty()) {
        ids.put(e.getKey(), Collections.unmodifiableSet(e.getValue()));
      }
    }
    this.idsByKey = Collections.unmodifiableMap(ids);
    Map<String, Set<String>> byId = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : ids.entrySet()) {
      for (String id : e.getValue()) {
        byId.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(e.getKey());
      }
    }
    this.keysById = byId;
    this.notes = List.copyOf(b.notes);
    this.citations = List.copyOf(b.citations.values());
    for (Note n : notes) {
      notesById.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(n);
    }
    for (Citation c : citations) {
      citationsById.computeIfAbsent(c.sha256(), k -> new ArrayList<>()).add(c);
    }
    this.integrity = integrity;
  }

  /** Every tag in use (as first written) with the full ids of its documents, in journal order. */
  public Map<String, Set<String>> tags() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : idsByKey.entrySet()) {
      out.put(displayByKey.get(e.getKey()), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /** Full ids of the documents carrying {@code tag} (matched folded); empty when none. */
  public Set<String> idsWithTag(String tag) {
    return idsByKey.getOrDefault(TagNames.key(tag), Set.of());
  }

  /** Tags of one document (as first written), in the order they were first given. */
  public Set<String> tagsOf(String id) {
    Set<String> keys = keysById.get(id);
    if (keys == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      out.add(displayByKey.get(k));
    }
    return out;
  }

  /** How many of {@code ids} carry each tag, sorted by tag; tags none of them carry are left out. */
  public Map<String, Long> tagCounts(Collection<String> ids) {
    Map<String, Long> counts = new TreeMap<>();
    for (String id : ids) {
      for (String t : tagsOf(id)) {
        counts.merge(t, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** Every note, in journal order. */
  public List<Note> notes() {
    return notes;
  }

  /** Notes on one document, in journal order. */
  public List<Note> notesOf(String id) {
    return Collections.unmodifiableList(notesById.getOrDefault(id, List.of()));
  }

  /** Every citation, in the order first recorded (a repeated citation keeps its first record). */
  public List<Citation> citations() {
    return citations;
  }

  /** The citation with this key, or null. */
  public Citation citation(String key) {
    for (Citation c : citations) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    return null;
  }

  /** Citations of one document. */
  public List<Citation> citationsOf(String id) {
    return Collections.unmodifiableList(citationsById.getOrDefault(id, List.of()));
  }

  /** The journal's chain check: entries, head hash, whether any line was edited or removed. */
  public Integrity integrity() {
    return integrity;
  }

  /** Folds journal lines, in order, into a snapshot. Not thread-safe; used by one reader. */
  static final class Builder {
    private final Map<String, String> displayByKey = new LinkedHashMap<>();
    private final Map<String, LinkedHashSet<String>> idsByKey = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Citation> citations = new LinkedHashMap<>();

    void accept(LedgerLine line) {
      JsonNode j = line.json();
      String ts = j.path("ts").asText(null);
      switch (line.type()) {
        case "tag" -> tag(j);
        case "note" -> notes.add(new Note(j.path("id").asText(), j.hasNonNull("page") ? j.get("page").asInt() : null,
            j.path("text").asText(), j.path("user").asText(null), ts, line.seq()));
        case "citation" -> {
          Citation c = Json.mapper().convertValue(j, Citation.class).withAt(ts);
          citations.putIfAbsent(c.key(), c);
        }
        default -> {
          // recovered and future entry types carry no findings
        }
      }
    }

    private void tag(JsonNode j) {
      String tag = j.path("tag").asText("");
      if (tag.isBlank()) {
        return;
      }
      String key = TagNames.key(tag);
      boolean add = !"remove".equals(j.path("op").asText("add"));
      if (add) {
        displayByKey.putIfAbsent(key, tag);
        LinkedHashSet<String> ids = idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>());
        j.path("ids").forEach(id -> ids.add(id.asText()));
      } else {
        LinkedHashSet<String> ids = idsByKey.get(key);
        if (ids != null) {
          j.path("ids").forEach(id -> ids.remove(id.asText()));
        }
      }
    }

    Findings build(LedgerVerifier.Result r) {
      return new Findings(this, new Integrity(r.entries(), r.head(), r.intact(), r.incompleteTail(), r.problems()));
    }
  }
}
