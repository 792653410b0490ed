package org.istraga.provenance.forensics.email;

/**
 * One header field exactly as in the message.
 *
 * @param name the field name as written (case preserved, no colon)
 * @param raw the whole field in ISO-8859-1 (one char per byte): name, colon, value with its
 *     folding, and the final CRLF
 */
public record HeaderField(String name, String raw) {

  /** The value: everything after the first colon, without the final CRLF (folding kept). */
  public String rawValue() {
    int colon = raw.indexOf(':');
    String v = raw.substring(colon + 1);
    return v.endsWith("\r\n") ? v.substring(0, v.length() - 2) : v;
  }

  /** The value unfolded (CRLF before whitespace removed) and trimmed. */
  public String value() {
    return rawValue().replaceAll("\r\n(?=[ \t])", "").replace("\r\n", " ").trim();
  }

  /** True if this field has the given name (case-insensitive). */
  public boolean is(String other) {
    return name.equalsIgnoreCase(other);
  }
}
