package org.istraga.provenance.forensics.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Finds signature dictionaries in the raw bytes of a PDF that PDFBox cannot open (for example an
 * encrypted file whose key is unknown: signature values are never encrypted). Each {@code
 * /ByteRange [a b c d]} becomes a minimal dictionary with {@code /ByteRange}, {@code /Contents}
 * (the hex string in the range's gap) and, when found near it, {@code /Filter}, {@code /SubFilter},
 * {@code /M} and {@code /Name}. Stateless.
 */
final class PdfRawSignatureScanner {

  private static final Pattern BYTE_RANGE =
      Pattern.compile("/ByteRange\\s*\\[\\s*((?:\\d+\\s+){3}\\d+)\\s*\\]");
  private static final Pattern SUB_FILTER = Pattern.compile("/SubFilter\\s*/([A-Za-z0-9.#_-]+)");
  private static final Pattern FILTER = Pattern.compile("/Filter\\s*/([A-Za-z0-9.#_-]+)");
  private static final Pattern M = Pattern.compile("/M\\s*\\(([^)]{1,64})\\)");
  private static final Pattern NAME = Pattern.compile("/Name\\s*\\(([^)]{1,256})\\)");
  private static final int WINDOW = 4096;

  private PdfRawSignatureScanner() {}

  /** A found dictionary and the offset of its {@code /ByteRange}. */
  record Found(long offset, COSDictionary dictionary) {}

  static List<Found> scan(byte[] data, int max) {
    List<Found> out = new ArrayList<>();
    String text = new String(data, StandardCharsets.ISO_8859_1);
    Matcher m = BYTE_RANGE.matcher(text);
    while (m.find() && out.size() < max) {
      String[] parts = m.group(1).trim().split("\\s+");
      long[] r = new long[4];
      try {
        for (int i = 0; i < 4; i++) {
          r[i] = Long.parseLong(parts[i]);
        }
      } catch (NumberFormatException e) {
        continue;
      }
      COSDictionary d = new COSDictionary();
      COSArray arr = new COSArray();
      for (long v : r) {
        arr.add(COSInteger.get(v));
      }
      d.setItem(COSName.BYTERANGE, arr);
      long gapStart = r[0] + r[1];
      long gapEnd = r[2];
      if (gapEnd > gapStart
          && gapEnd <= data.length
          && PdfSignatureInspector.isHexString(data, gapStart, gapEnd)) {
        String hex =
            text.substring((int) gapStart + 1, (int) gapEnd - 1).replaceAll("[^0-9A-Fa-f]", "");
        if (hex.length() % 2 == 1) {
          hex = hex + "0";
        }
        d.setItem(COSName.CONTENTS, new COSString(HexFormat.of().parseHex(hex)));
      }
      int from = Math.max(0, m.start() - WINDOW);
      int to = Math.min(text.length(), m.end() + WINDOW);
      String near = text.substring(from, to);
      put(d, COSName.SUB_FILTER, SUB_FILTER.matcher(near), true);
      put(d, COSName.FILTER, FILTER.matcher(near), true);
      put(d, COSName.M, M.matcher(near), false);
      put(d, COSName.NAME, NAME.matcher(near), false);
      out.add(new Found(m.start(), d));
    }
    return out;
  }

  private static void put(COSDictionary d, COSName key, Matcher m, boolean name) {
    if (m.find()) {
      if (name) {
        d.setItem(key, COSName.getPDFName(m.group(1)));
      } else {
        d.setItem(key, new COSString(m.group(1)));
      }
    }
  }
}
