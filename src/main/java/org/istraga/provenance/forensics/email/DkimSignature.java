package org.istraga.provenance.forensics.email;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tags of one DKIM-Signature header field (RFC 6376 section 3.5). Whitespace inside {@code b=}
 * and {@code bh=} is removed; other values are trimmed. Parsing never throws: a malformed tag list
 * is reported through {@link #problem()}. Immutable.
 */
public final class DkimSignature {

  private final HeaderField field;
  private final Map<String, String> tags;
  private final String problem;

  private DkimSignature(HeaderField field, Map<String, String> tags, String problem) {
    this.field = field;
    this.tags = Collections.unmodifiableMap(tags);
    this.problem = problem;
  }

  public static DkimSignature parse(HeaderField field) {
    Map<String, String> tags = new LinkedHashMap<>();
    String problem = null;
    String value = field.rawValue().replace("\r\n", "");
    for (String part : value.split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        problem = "malformed tag '" + part.trim() + "'";
        continue;
      }
      String name = part.substring(0, eq).trim();
      String v = part.substring(eq + 1).trim();
      if (name.equals("b") || name.equals("bh")) {
        v = v.replaceAll("[ \t\r\n]", "");
      }
      if (tags.containsKey(name)) {
        problem = "duplicate tag '" + name + "'";
        continue;
      }
      tags.put(name, v);
    }
    for (String required : List.of("v", "a", "b", "bh", "d", "h", "s")) {
      if (!tags.containsKey(required) && problem == null) {
        problem = "required tag " + required + "= missing";
      }
    }
    if (problem == null && !"1".equals(tags.get("v"))) {
      problem = "unsupported version v=" + tags.get("v");
    }
    return new DkimSignature(field, tags, problem);
  }

  /** The header field this signature was read from. */
  public HeaderField field() {
    return field;
  }

  public String tag(String name) {
    return tags.get(name);
  }

  /** Why the signature is unusable (missing or duplicate tags), or null. */
  public String problem() {
    return problem;
  }

  public String algorithm() {
    String a = tags.get("a");
    return a == null ? null : a.toLowerCase(Locale.ROOT);
  }

  public String domain() {
    return tags.get("d");
  }

  public String selector() {
    return tags.get("s");
  }

  /** Header canonicalization, {@code simple} by default. */
  public String headerCanon() {
    String c = tags.getOrDefault("c", "simple/simple").toLowerCase(Locale.ROOT);
    int slash = c.indexOf('/');
    return (slash < 0 ? c : c.substring(0, slash)).trim();
  }

  /** Body canonicalization, {@code simple} by default (also when only the header part is set). */
  public String bodyCanon() {
    String c = tags.getOrDefault("c", "simple/simple").toLowerCase(Locale.ROOT);
    int slash = c.indexOf('/');
    return slash < 0 ? "simple" : c.substring(slash + 1).trim();
  }

  /** The signed header names (h=), in order. */
  public List<String> signedHeaders() {
    List<String> out = new ArrayList<>();
    String h = tags.get("h");
    if (h != null) {
      for (String s : h.split(":")) {
        String t = s.trim();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The body length limit l=, or null. */
  public Long length() {
    return number("l");
  }

  public Long number(String tag) {
    String v = tags.get(tag);
    if (v == null) {
      return null;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
