package org.istraga.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.istraga.IstragaException;
import org.istraga.Json;

/**
 * The opaque token {@code --after} takes: the sort values of the last hit of a page (its id among
 * them, so the position is exact), how many hits came before, and a fingerprint of the query,
 * filters and sort it belongs to. It is URL-safe base64 of a small JSON object; scripts should
 * treat it as opaque.
 *
 * <p>Paging is stable while the case does not change. A new ingest may insert documents before
 * the cursor's position; they are then not seen by this walk, but no document is ever returned
 * twice or skipped among those that were there before.
 */
final class Cursor {

  private static final int VERSION = 1;

  final String fingerprint;
  final long seen;
  final Object[] values;

  Cursor(String fingerprint, long seen, Object[] values) {
    this.fingerprint = fingerprint;
    this.seen = seen;
    this.values = values;
  }

  /** The cursor after {@code last}, having returned {@code seen} hits in total. */
  static Cursor after(String fingerprint, long seen, FieldDoc last) {
    return new Cursor(fingerprint, seen, last.fields);
  }

  /** The Lucene search-after position. */
  FieldDoc toFieldDoc() {
    return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
  }

  String encode() {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("v", VERSION);
    o.put("q", fingerprint);
    o.put("n", seen);
    ArrayNode a = o.putArray("k");
    for (Object v : values) {
      if (v == null) {
        a.addNull();
      } else if (v instanceof Float) {
        a.addObject().put("f", Float.floatToRawIntBits((Float) v));
      } else if (v instanceof Long) {
        a.addObject().put("l", (Long) v);
      } else if (v instanceof Integer) {
        a.addObject().put("i", (Integer) v);
      } else if (v instanceof BytesRef) {
        a.addObject().put("s", ((BytesRef) v).utf8ToString());
      } else {
        throw new IllegalStateException("cannot encode sort value of " + v.getClass());
      }
    }
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.mapper().writeValueAsBytes(o));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode cursor", e);
    }
  }

  /**
   * Decodes a token and checks that it belongs to this query, filters and sort.
   *
   * @throws IstragaException USAGE when the token is damaged or belongs to another search
   */
  static Cursor decode(String token, String expectedFingerprint) {
    JsonNode o;
    try {
      byte[] raw = Base64.getUrlDecoder().decode(token.strip());
      o = Json.mapper().readTree(new String(raw, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IOException e) {
      throw IstragaException.usage("--after '" + abbreviate(token) + "' is not a cursor; copy the 'next' value of the previous page");
    }
    if (o == null || o.path("v").asInt() != VERSION || !o.path("k").isArray()) {
      throw IstragaException.usage("--after '" + abbreviate(token) + "' is not a cursor of this Istraga version; rerun the first page");
    }
    if (!expectedFingerprint.equals(o.path("q").asText())) {
      throw IstragaException.usage("--after cursor belongs to another query, filter set or sort; "
          + "repeat the exact same search with it, or drop --after to start again");
    }
    JsonNode k = o.get("k");
    Object[] values = new Object[k.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = k.get(i);
      if (v.isNull()) {
        values[i] = null;
      } else if (v.has("f")) {
        values[i] = Float.intBitsToFloat(v.get("f").asInt());
      } else if (v.has("l")) {
        values[i] = v.get("l").asLong();
      } else if (v.has("i")) {
        values[i] = v.get("i").asInt();
      } else {
        values[i] = new BytesRef(v.path("s").asText());
      }
    }
    return new Cursor(expectedFingerprint, o.path("n").asLong(), values);
  }

  private static String abbreviate(String s) {
    return s.length() > 24 ? s.substring(0, 24) + "…" : s;
  }
}
