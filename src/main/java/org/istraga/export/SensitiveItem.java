package org.istraga.export;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Locale;
import org.istraga.findings.LineText;

/**
 * One piece of data in a bundle that could expose a source or a person (see {@link SensitiveScan}
 * for the rule).
 *
 * @param id SHA-256 of the document it is in
 * @param shortId its short id
 * @param path the document's first path
 * @param kind author, last-modified-by, person-name, gps, camera-serial, jmbg or email
 * @param where where it was found: {@code metadata <key>}, {@code text}, {@code e-mail header}
 * @param value the value (JMBG masked)
 * @param strippable true when {@code --strip-metadata} removes it (metadata of a format Istraga
 *     can strip, in a document that is not inside a bundled container)
 * @param container short id of the bundled container whose bytes carry it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SensitiveItem(String id, String shortId, String path, String kind, String where, String value,
    boolean strippable, String container) {

  /** One line for the refusal list. */
  public String line() {
    return String.format(Locale.ROOT, "%s  %s  %s  %s: %s%s%s", shortId, LineText.of(path), kind, LineText.of(where),
        LineText.of(value),
        container == null ? "" : "  (inside bundled container " + container + ")",
        strippable ? "  [--strip-metadata removes it]" : "  [cannot be stripped]");
  }
}
