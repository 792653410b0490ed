package org.istraga.provenance.forensics.email;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox file into messages. A message starts at the {@code From } line that opens the
 * file and at every line that looks like an mbox separator ({@code From sender Tue Mar 14 09:15:00
 * 2023}, {@link org.istraga.ingest.tika.MboxParser#isSeparatorLine}); in a mailbox whose first line
 * is no such separator, at any {@code From } line after an empty line. The rule is the one the
 * ingest uses, so both see the same messages. The empty line before the next {@code From } belongs to the mbox,
 * not to the message. Quoted {@code >From } lines are unquoted by one level (the mboxrd convention,
 * which also undoes the usual mboxo quoting). Stateless.
 */
public final class MboxSplitter {

  private MboxSplitter() {}

  /** Result: the first {@code max} messages and how many separators were found in total. */
  public record Split(List<byte[]> messages, int total) {}

  public static Split split(byte[] data, int max) {
    List<Integer> starts = new ArrayList<>();
    boolean strict = startsWith(data, 0, "From ") && org.istraga.ingest.tika.MboxParser.isSeparatorLine(line(data, 0));
    int i = 0;
    while (i < data.length) {
      boolean lineStart = i == 0 || data[i - 1] == '\n';
      boolean afterBlank =
          i == 0
              || (i >= 2 && data[i - 1] == '\n' && data[i - 2] == '\n')
              || (i >= 3 && data[i - 1] == '\n' && data[i - 2] == '\r' && data[i - 3] == '\n');
      if (lineStart && startsWith(data, i, "From ")
          && (i == 0 || (strict ? org.istraga.ingest.tika.MboxParser.isSeparatorLine(line(data, i)) : afterBlank))) {
        starts.add(i);
      }
      int nl = indexOf(data, (byte) '\n', i);
      i = nl < 0 ? data.length : nl + 1;
    }
    List<byte[]> out = new ArrayList<>();
    for (int k = 0; k < starts.size() && k < max; k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : data.length;
      int nl = indexOf(data, (byte) '\n', from);
      int bodyStart = nl < 0 || nl >= to ? to : nl + 1;
      int end = to;
      if (k + 1 < starts.size()) {
        // drop the separating empty line
        if (end > bodyStart && data[end - 1] == '\n') {
          end--;
          if (end > bodyStart && data[end - 1] == '\r') {
            end--;
          }
        }
      }
      out.add(unquote(data, bodyStart, end));
    }
    return new Split(out, starts.size());
  }

  /** The line starting at {@code at}, its bytes as ISO-8859-1, without its line end. */
  private static String line(byte[] data, int at) {
    int nl = indexOf(data, (byte) '\n', at);
    int end = nl < 0 ? data.length : nl;
    return new String(data, at, Math.min(end - at, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static byte[] unquote(byte[] data, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    int i = from;
    while (i < to) {
      int nl = indexOf(data, (byte) '\n', i);
      int lineEnd = nl < 0 || nl >= to ? to : nl + 1;
      int j = i;
      while (j < lineEnd && data[j] == '>') {
        j++;
      }
      if (j > i && startsWith(data, j, "From ")) {
        out.write(data, i + 1, lineEnd - i - 1);
      } else {
        out.write(data, i, lineEnd - i);
      }
      i = lineEnd;
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] d, int at, String s) {
    if (at + s.length() > d.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (d[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] d, byte b, int from) {
    for (int k = from; k < d.length; k++) {
      if (d[k] == b) {
        return k;
      }
    }
    return -1;
  }
}
