package org.istraga.entities;

import java.util.List;
import java.util.stream.Collectors;

/** Test helper: the shared standard extractor and filters over its output. */
final class Extract {

  static final EntityExtractor STANDARD = EntityExtractor.standard();

  private Extract() {}

  static List<Mention> of(EntityType type, String text) {
    return STANDARD.extract(text).stream().filter(m -> m.type() == type)
        .collect(Collectors.toList());
  }

  static List<String> values(EntityType type, String text) {
    return of(type, text).stream().map(Mention::value).collect(Collectors.toList());
  }

  /** "value|raw" of every mention of {@code type}, in text order. */
  static List<String> valuesAndRaws(EntityType type, String text) {
    return of(type, text).stream().map(m -> m.value() + "|" + m.raw()).collect(Collectors.toList());
  }
}
