package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.istraga.testing.Corpus;

/**
 * Test access to the committed sample leak: {@code samples/facts.json} parsed, and files by the
 * relative paths the facts use. The samples are part of the repository, so their absence is a
 * failure, not a skip.
 */
final class CommittedSamples {

  private CommittedSamples() {}

  /** The {@code samples/} directory. */
  static Path root() {
    Path root = Corpus.samples();
    assertTrue(Files.isRegularFile(root.resolve("facts.json")),
        "samples/facts.json is missing under " + root + "; run scripts/make-samples");
    return root;
  }

  /** The parsed fact sheet (decimals as exact {@link java.math.BigDecimal}s). */
  static JsonNode facts() {
    try {
      return new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(root().resolve("facts.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample file by its path relative to {@code samples/}. */
  static Path file(String relative) {
    Path p = root().resolve(relative);
    assertTrue(Files.isRegularFile(p), "missing sample file " + p);
    return p;
  }

  /** The bytes of a sample file. */
  static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(file(relative));
  }

  /** The text values of a JSON array. */
  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
