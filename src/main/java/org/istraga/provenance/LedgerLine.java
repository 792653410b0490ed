package org.istraga.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.istraga.Json;
import org.istraga.store.Hashes;

/**
 * One parsed line of the custody ledger.
 *
 * @param seq its sequence number (1, 2, ...)
 * @param type entry type (run-start, file, child, link, missing, run-end, recovered...)
 * @param prev the hash it claims for the previous line
 * @param hash the hash it claims for itself
 * @param computed the hash recomputed from its bytes
 * @param json the whole entry
 */
public record LedgerLine(long seq, String type, String prev, String hash, String computed, JsonNode json) {

  /** True when the recorded hash matches the line's bytes. */
  public boolean intact() {
    return hash.equals(computed);
  }

  /**
   * The hash a ledger entry must carry, recomputed from the entry as a JSON object (for example an
   * entry copied into a bundle): the entry without its {@code hash} field is written compactly in
   * its field order, exactly as {@link CustodyLedger#append} wrote the line, and hashed up to the
   * closing brace. Null when the entry is not an object.
   */
  public static String recomputedHash(JsonNode entry) {
    if (entry == null || !entry.isObject()) {
      return null;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) entry).deepCopy();
    copy.remove("hash");
    try {
      String json = Json.mapper().writeValueAsString(copy);
      return Hashes.sha256(json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  /** Parses one line (without its newline); null when it is not a ledger line at all. */
  public static LedgerLine parse(String line) {
    int mark = line.lastIndexOf(CustodyLedger.HASH_MARK);
    if (mark < 0 || !line.endsWith("\"}")) {
      return null;
    }
    try {
      JsonNode n = Json.mapper().readTree(line);
      if (n == null || !n.isObject() || !n.has("seq") || !n.has("prev") || !n.has("hash")) {
        return null;
      }
      String body = line.substring(0, mark);
      String computed = Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
      return new LedgerLine(n.get("seq").asLong(), n.path("type").asText(), n.get("prev").asText(),
          n.get("hash").asText(), computed, n);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
