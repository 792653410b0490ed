package org.istraga.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, URLs and bare domain names.
 *
 * <ul>
 *   <li>EMAIL: {@code local@host.tld}, Unicode letters allowed; value lower-cased.
 *   <li>URL: {@code http(s)://}, {@code ftp://} or {@code www.} up to whitespace or a quote,
 *       trailing punctuation and unbalanced closing brackets dropped; value has a lower-case
 *       scheme and host, and {@code http://} is added to {@code www.} forms.
 *   <li>DOMAIN: a bare host name ({@code eps.rs}, {@code Amazon.com}) whose top-level domain is
 *       in a curated list, not part of a URL or e-mail; value lower-cased. Two-letter TLDs that
 *       are common English words (in, is, it, to, be...) are not accepted bare, nor a single
 *       label before {@code .py} or {@code .md} (a file: {@code setup.py}, {@code README.md}).
 * </ul>
 */
final class ContactRecognizer implements Recognizer {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-](?:[\\p{L}\\p{N}._%+\\-]{0,63})@"
              + "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}"
              + "\\p{L}{2,24}+(?![\\p{L}\\p{N}\\-])");

  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}@.])(?:(?:https?|ftp)://|www\\.)"
              + "[^\\s<>\"'«»“”„\\[\\]{}|\\\\^`]{1,2048}+");

  private static final Set<String> TLDS =
      Set.of(
          "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "io", "rs", "srb", "ba",
          "hr", "si", "mk", "ru", "ua", "de", "ch", "uk", "fr", "es", "nl", "eu", "ca", "md", "py",
          "cz", "pl", "hu", "ro", "bg", "gr", "tr", "cn", "jp", "br", "mx", "ar", "se", "dk", "fi",
          "ie", "pt", "lu", "li", "ee", "lv", "lt", "sk", "al", "xk", "kz", "ge", "az", "online",
          "site", "app", "dev", "tech", "store", "shop", "news", "tv", "ai", "cg", "yu", "au",
          "nz", "za", "coop", "museum", "aero", "travel", "jobs", "pro", "me");

  /**
   * Top-level domains that are also common file extensions and whose sites are nearly always one
   * level down ({@code .com.py}, {@code .gov.md}): a bare {@code name.py} or {@code README.md} in
   * a leak of code and documents is a file name.
   */
  private static final Set<String> FILE_LIKE_TLDS = Set.of("py", "md");

  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@./:\\-_\\\\])"
              + "((?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,6})"
              + "([a-z]{2,8}|[A-Z]{2,4})(?![\\p{L}\\p{N}\\-_@]|\\.[\\p{L}\\p{N}])");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    int lastEmailEnd = 0;
    Matcher em = EMAIL.matcher(t);
    for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      int from = at;
      while (from > 0 && from > at - 65 && isLocalChar(t.charAt(from - 1))) {
        from--;
      }
      from = Math.max(from, lastEmailEnd);
      // the pattern cannot start on '.', so step over leading dots
      while (from < at && t.charAt(from) == '.') {
        from++;
      }
      if (from == at || !ctx.lookingAt(em, from, at - from + 256)) {
        continue;
      }
      Matcher m = em;
      lastEmailEnd = m.end();
      {
        if (inIdHeader(ctx, m.start()) || generatedLocalPart(t, m.start(), at)) {
          continue;
        }
        String raw = m.group();
        out.add(new Mention(EntityType.EMAIL, raw.toLowerCase(Locale.ROOT), raw, m.start(),
            m.end()));
      }
    }
    Matcher um = URL.matcher(t);
    int urlAfter = 0;
    for (int i : urlStarts(t)) {
      if (i < urlAfter || !ctx.lookingAt(um, i, 2100)) {
        continue;
      }
      Matcher m = um;
      urlAfter = m.end();
      {
        int end = trimUrlEnd(t, m.start(), m.end());
        String raw = t.substring(m.start(), end);
        if (raw.length() < 8 || raw.endsWith("://")) {
          continue;
        }
        int from = m.start();
        for (int at = embeddedScheme(t, from + 8, end); at > 0;
            at = embeddedScheme(t, from + 8, end)) {
          // links run together by an extraction ("….jsonhttp://…"): one URL each
          String piece = t.substring(from, at);
          out.add(new Mention(EntityType.URL, normalizeUrl(piece), piece, from, at));
          from = at;
        }
        raw = t.substring(from, end);
        out.add(new Mention(EntityType.URL, normalizeUrl(raw), raw, from, end));
      }
    }
    Matcher dm = DOMAIN.matcher(t);
    TextContext.Tokens tok = ctx.tokens();
    int domainAfter = 0;
    for (int k = 1; k < tok.count; k++) {
      int ts = tok.start[k];
      if (ts < domainAfter || t.charAt(ts - 1) != '.' || tok.end[k] - ts > 8
          || !TLDS.contains(tok.folded(k))) {
        continue;
      }
      int from = ts - 1;
      while (from > 0 && ts - from < 256 && isHostChar(t.charAt(from - 1))) {
        from--;
      }
      while (from < ts && !Character.isLetterOrDigit(t.charAt(from))) {
        from++;
      }
      if (from >= ts - 1 || !ctx.lookingAt(dm, from, tok.end[k] - from)) {
        continue;
      }
      Matcher m = dm;
      domainAfter = m.end();
      {
        String tld = m.group(2).toLowerCase(Locale.ROOT);
        if (!TLDS.contains(tld)) {
          continue;
        }
        String labels = m.group(1);
        // at least one label of 2+ chars containing a letter
        String host = labels.substring(0, labels.length() - 1);
        String last = host.substring(host.lastIndexOf('.') + 1);
        // "Kt.br", "čl.st": a single short label before the TLD is an abbreviation, not a host
        boolean oneLabel = host.indexOf('.') < 0;
        if (last.length() < 2 || !hasLetter(host) || (oneLabel && last.length() < 3)
            || (oneLabel && FILE_LIKE_TLDS.contains(tld))) {
          continue;
        }
        String raw = m.group();
        out.add(new Mention(EntityType.DOMAIN, raw.toLowerCase(Locale.ROOT), raw, m.start(),
            m.end()));
      }
    }
  }

  private static final Pattern ID_HEADER =
      Pattern.compile("(?i)^\\s*(message-id|in-reply-to|references|content-id|x-message-id)\\s*:");

  /**
   * True if the local part from {@code from} to the {@code @} at {@code at} is a generated
   * identifier rather than a mailbox: 16 or more characters, at least half of them digits (a
   * message id quoted outside its header, {@code 20190815074217.4F1A2B7C@host}). Mailboxes carry a
   * few digits at most ({@code marko.petrovic1985}).
   */
  private static boolean generatedLocalPart(String t, int from, int at) {
    if (at - from < 16) {
      return false;
    }
    int digits = 0;
    for (int i = from; i < at; i++) {
      if (Character.isDigit(t.charAt(i))) {
        digits++;
      }
    }
    return digits * 2 >= at - from;
  }

  /**
   * True if {@code pos} lies in a Message-ID, In-Reply-To, References or Content-ID header line
   * (or its continuation), whose {@code <...@host>} values are identifiers, not addresses.
   */
  private static boolean inIdHeader(TextContext ctx, int pos) {
    String t = ctx.text;
    int lineStart = t.lastIndexOf('\n', pos - 1) + 1;
    // walk back over folded continuation lines (starting with whitespace)
    while (lineStart > 0 && lineStart < t.length()
        && (t.charAt(lineStart) == ' ' || t.charAt(lineStart) == '\t')) {
      lineStart = t.lastIndexOf('\n', lineStart - 2) + 1;
    }
    int lineEnd = Math.min(t.length(), lineStart + 40);
    return ID_HEADER.matcher(t.substring(lineStart, lineEnd)).lookingAt();
  }

  /**
   * The offset of an "http://" or "https://" inside a URL between {@code from} and {@code end}
   * that follows a letter or digit (two links run together: "…/company/09506232http://…"), or
   * -1. One after a slash, "=" or "?" is a link inside the URL (an archive's or a redirect's) and
   * is left to it.
   */
  private static int embeddedScheme(String t, int from, int end) {
    for (int i = t.indexOf("http", from); i >= 0 && i < end; i = t.indexOf("http", i + 4)) {
      if (Character.isLetterOrDigit(t.charAt(i - 1))
          && (t.startsWith("http://", i) || t.startsWith("https://", i))) {
        return i;
      }
    }
    return -1;
  }

  /** Offsets where "http://", "https://", "ftp://" or "www." starts, in text order. */
  private static int[] urlStarts(String t) {
    int[] out = new int[8];
    int n = 0;
    int scheme = t.indexOf("://");
    int www = indexOfWww(t, 0);
    while (scheme >= 0 || www >= 0) {
      int at;
      if (scheme >= 0 && (www < 0 || scheme < www)) {
        int s = scheme;
        while (s > 0 && s > scheme - 5 && Character.isLetter(t.charAt(s - 1))) {
          s--;
        }
        at = s < scheme ? s : -1;
        scheme = t.indexOf("://", scheme + 3);
      } else {
        at = www;
        www = indexOfWww(t, www + 4);
      }
      if (at >= 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = at;
      }
    }
    int[] r = Arrays.copyOf(out, n);
    Arrays.sort(r);
    return r;
  }

  private static int indexOfWww(String t, int from) {
    for (int i = t.indexOf('.', from + 3); i >= 0; i = t.indexOf('.', i + 1)) {
      if (t.regionMatches(true, i - 3, "www", 0, 3)) {
        return i - 3;
      }
    }
    return -1;
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+'
        || c == '-';
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
        || c == '-';
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Drops trailing sentence punctuation and closing brackets that have no opening partner. */
  static int trimUrlEnd(String t, int start, int end) {
    return TrailingPunctuation.trimEnd(t, start, end, ".,;:!?'\"", ")]");
  }

  static String normalizeUrl(String raw) {
    String s = raw;
    if (s.regionMatches(true, 0, "www.", 0, 4)) {
      s = "http://" + s;
    }
    int scheme = s.indexOf("://");
    int hostEnd = s.length();
    for (int i = scheme + 3; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        hostEnd = i;
        break;
      }
    }
    String head = s.substring(0, hostEnd).toLowerCase(Locale.ROOT);
    String rest = s.substring(hostEnd);
    if (rest.equals("/")) {
      rest = "";
    }
    return head + rest;
  }
}
