package org.istraga.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-annotated evaluation set in {@code src/test/resources/entities/eval}: each {@code
 * name.txt} is derived text of a real document, {@code name.json} its gold mentions. Scores a
 * list of predictions per type: a prediction matches a gold mention of the same type whose span
 * overlaps it and — for every type but ORG — whose normalized value is equal. Matching is
 * one-to-one. A document whose JSON has {@code "tranche": "held-out"} belongs to the held-out
 * tranche (files named {@code heldout-*}), {@code "tranche": "held-out-2"} to the second held-out
 * tranche (files named {@code heldout2-*}), {@code "tranche": "held-out-3"} to the third (files
 * named {@code heldout3-*}), {@code "tranche": "held-out-4"} to the fourth (files named {@code
 * heldout4-*}, written for the audit rather than taken from the corpus); every other one to the
 * development tranche.
 */
final class EvaluationSet {

  record Gold(EntityType type, String value, int start, int end, String raw) {}

  /** Which part of the set a document belongs to. */
  enum Tranche {
    /** Annotated while the recognizers were developed: not a held-out estimate. */
    DEVELOPMENT,
    /** Annotated after the recognizers were written, measured before any fix they prompted. */
    HELD_OUT,
    /**
     * The second held-out tranche (e-mail, Office, HTML, OCDS, Serbian, Montenegrin and English
     * documents), annotated after the first tranche's fixes and measured before its own.
     */
    HELD_OUT_2,
    /**
     * The third held-out tranche (English and mixed-language business material: OCDS records and
     * spreadsheets, a court filing, a licence, an e-mail thread, slides; Serbian Cyrillic and
     * Montenegrin documents), annotated after the second tranche's fixes and measured before its
     * own.
     */
    HELD_OUT_3,
    /**
     * The fourth held-out tranche: Serbian procurement material written for the audit (award
     * decisions, bid-opening records, contracts and annexes, invoices, a register extract, e-mails,
     * tender documentation, OCR'd pages) in Cyrillic, Latin and English, with invented parties and
     * numbers, annotated before the extractor was run on it and measured before its own fixes.
     */
    HELD_OUT_4
  }

  record Doc(String name, Tranche tranche, String text, List<Gold> gold) {}

  /** Per-type counts. */
  static final class Score {
    int gold;
    int predicted;
    int matched;

    double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }
  }

  static Path dir() {
    String p = System.getProperty("istraga.project.dir");
    Path base = p == null ? Paths.get("") : Paths.get(p);
    return base.resolve("src/test/resources/entities/eval");
  }

  static List<Doc> load() {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir())) {
      for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        JsonNode root = json.readTree(p.toFile());
        String name = p.getFileName().toString().replaceFirst("\\.json$", "");
        String text = Files.readString(p.resolveSibling(root.get("text").asText()),
            StandardCharsets.UTF_8);
        List<Gold> gold = new ArrayList<>();
        for (JsonNode m : root.get("mentions")) {
          gold.add(new Gold(EntityType.fromLabel(m.get("type").asText()), m.get("value").asText(),
              m.get("start").asInt(), m.get("end").asInt(), m.get("raw").asText()));
        }
        Tranche tranche = switch (root.path("tranche").asText()) {
          case "held-out" -> Tranche.HELD_OUT;
          case "held-out-2" -> Tranche.HELD_OUT_2;
          case "held-out-3" -> Tranche.HELD_OUT_3;
          case "held-out-4" -> Tranche.HELD_OUT_4;
          default -> Tranche.DEVELOPMENT;
        };
        docs.add(new Doc(name, tranche, text, gold));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** Adds the comparison of {@code predicted} against {@code doc}'s gold to {@code scores}. */
  static void score(Doc doc, List<Mention> predicted, Map<EntityType, Score> scores,
      List<String> errors) {
    boolean[] used = new boolean[doc.gold().size()];
    for (Gold g : doc.gold()) {
      scores.computeIfAbsent(g.type(), t -> new Score()).gold++;
    }
    for (Mention m : predicted) {
      if (m.type() == EntityType.WATCHLIST) {
        continue;
      }
      Score s = scores.computeIfAbsent(m.type(), t -> new Score());
      s.predicted++;
      int hit = -1;
      for (int i = 0; i < used.length; i++) {
        Gold g = doc.gold().get(i);
        if (!used[i] && g.type() == m.type() && g.start() < m.end() && m.start() < g.end()
            && (m.type() == EntityType.ORG || g.value().equals(m.value()))) {
          hit = i;
          break;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        s.matched++;
      } else if (errors != null) {
        errors.add(doc.name() + " FP " + m.type().label() + " " + m.start() + " '"
            + m.raw().replace("\n", "\\n") + "' -> " + m.value());
      }
    }
    if (errors != null) {
      for (int i = 0; i < used.length; i++) {
        if (!used[i]) {
          Gold g = doc.gold().get(i);
          errors.add(doc.name() + " FN " + g.type().label() + " " + g.start() + " '"
              + g.raw().replace("\n", "\\n") + "' -> " + g.value());
        }
      }
    }
  }

  /** Scores the extractor over the whole set. */
  static Map<EntityType, Score> evaluate(EntityExtractor x, List<String> errors) {
    return evaluate(x, load(), errors);
  }

  /** Scores the extractor over {@code docs}. */
  static Map<EntityType, Score> evaluate(EntityExtractor x, List<Doc> docs, List<String> errors) {
    Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
    for (Doc d : docs) {
      score(d, x.extract(d.text()), scores, errors);
    }
    return scores;
  }

  /** The per-type table as Markdown. */
  static String table(Map<EntityType, Score> scores) {
    StringBuilder b = new StringBuilder();
    b.append("| type | gold | predicted | matched | precision | recall |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    int g = 0;
    int p = 0;
    int m = 0;
    for (Map.Entry<EntityType, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n",
          e.getKey().label(), s.gold, s.predicted, s.matched, s.precision(), s.recall()));
      g += s.gold;
      p += s.predicted;
      m += s.matched;
    }
    b.append(String.format(java.util.Locale.ROOT, "| **all** | %d | %d | %d | %.3f | %.3f |%n",
        g, p, m, p == 0 ? 1.0 : (double) m / p, g == 0 ? 1.0 : (double) m / g));
    return b.toString();
  }
}
