package org.istraga.provenance.forensics.image;

import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camera, date and GPS properties of an image's XMP packet, in the shape of the EXIF values
 * they mirror. Photo editors and exporters (Lightroom, Photoshop, phone "edit" features, PNG and
 * WebP exports) often keep these only in XMP ({@code tiff:Make}, {@code exif:DateTimeOriginal},
 * {@code exif:GPSLatitude} as {@code 51,30.5N}...), so a reader that looks at EXIF alone misses the
 * camera and the position. Immutable; built once per image.
 */
final class ImageXmp {

  /**
   * XMP GPSCoordinate: {@code DDD,MM,SSk} or {@code DDD,MM.mmk}; also plain decimal degrees. Some
   * writers (Nokia phones' XMP Core) leave out the direction letter {@code k}.
   */
  private static final Pattern COORDINATE =
      Pattern.compile(
          "(\\d{1,3}(?:\\.\\d+)?)(?:,(\\d{1,2}(?:\\.\\d+)?))?(?:,(\\d{1,2}(?:\\.\\d+)?))?([NSEW]?)");

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d+)?");

  private final Map<String, String> properties;

  private ImageXmp(Map<String, String> properties) {
    this.properties = properties;
  }

  /** The XMP properties of every XMP block of the image (the first value of a name wins). */
  static ImageXmp of(Metadata md) {
    Map<String, String> props = new HashMap<>();
    for (XmpDirectory d : md.getDirectoriesOfType(XmpDirectory.class)) {
      d.getXmpProperties().forEach(props::putIfAbsent);
    }
    return new ImageXmp(props);
  }

  /**
   * Reads the XMP of a JPEG whose APP1 identifier is a variant of the standard one (older ExifTool
   * versions wrote {@code "http://ns.adobe.com/xap/1.0/ \0"}, with a space; ExifTool and Adobe
   * software accept it, metadata-extractor skips the segment). Adds the XMP directory to {@code
   * md} when it has none. Reads only the segments before the image data (at most {@code
   * maxBytes}); a malformed segment ends the walk.
   */
  static void recoverJpegXmp(Path file, Metadata md, long maxBytes) throws IOException {
    if (md.getFirstDirectoryOfType(XmpDirectory.class) != null) {
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      if (in.read() != 0xFF || in.read() != 0xD8) {
        return;
      }
      long read = 2;
      while (read < maxBytes) {
        int ff = in.read();
        int marker = in.read();
        if (ff != 0xFF || marker < 0 || marker == 0xDA || marker == 0xD9) {
          return; // not a marker, end of file, or start of the image data
        }
        int len = (in.read() << 8) | in.read();
        if (len < 2) {
          return;
        }
        byte[] payload = in.readNBytes(len - 2);
        read += 2 + len;
        if (payload.length < len - 2) {
          return;
        }
        if (marker == 0xE1 && startsWith(payload, XMP_ID)) {
          int xml = indexOf(payload, (byte) '<', XMP_ID.length);
          if (xml > 0 && xml <= XMP_ID.length + 2) {
            new XmpReader()
                .extract(java.util.Arrays.copyOfRange(payload, xml, payload.length), md);
          }
          return;
        }
      }
    }
  }

  private static final byte[] XMP_ID =
      "http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.US_ASCII);

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  boolean isEmpty() {
    return properties.isEmpty();
  }

  /** The first non-blank value among the given property paths ({@code tiff:Make}...). */
  String text(String... paths) {
    for (String p : paths) {
      String v = properties.get(p);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /**
   * The first of the given date properties, as ISO-8601 with its offset when the packet declares
   * one ({@code 2021-05-06T07:08:09+02:00}), else as local time; a date without time stays a date.
   * XMP dates are ISO-8601; EXIF-style {@code 2021:05:06 07:08:09} is accepted too.
   */
  String date(String... paths) {
    String v = text(paths);
    if (v == null) {
      return null;
    }
    String s = v.matches("\\d{4}:\\d{2}:\\d{2}.*") ? v.replaceFirst(":", "-").replaceFirst(":", "-")
        : v;
    s = s.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      // no offset: a local time or a date
    }
    try {
      return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      // a date only
    }
    try {
      return LocalDate.parse(s).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A GPS coordinate in decimal degrees, south and west negative, or null when absent, malformed
   * or out of range ({@code max} is 90 for latitude, 180 for longitude). Without a direction
   * letter the value is taken as north or east, as ExifTool does.
   */
  Double coordinate(String path, double max) {
    String v = text(path);
    if (v == null) {
      return null;
    }
    v = v.replace(" ", "").toUpperCase(Locale.ROOT);
    double deg;
    Matcher m = COORDINATE.matcher(v);
    if (m.matches()) {
      deg = Double.parseDouble(m.group(1));
      if (m.group(2) != null) {
        deg += Double.parseDouble(m.group(2)) / 60;
      }
      if (m.group(3) != null) {
        deg += Double.parseDouble(m.group(3)) / 3600;
      }
      if (m.group(4).equals("S") || m.group(4).equals("W")) {
        deg = -deg;
      }
    } else if (DECIMAL.matcher(v).matches()) {
      deg = Double.parseDouble(v);
    } else {
      return null;
    }
    return Math.abs(deg) <= max ? deg : null;
  }

  /** {@code exif:GPSAltitude} (a rational such as {@code 241/2}) in metres, below sea level <0. */
  Double altitude() {
    Double a = rational(text("exif:GPSAltitude"));
    if (a == null) {
      return null;
    }
    return "1".equals(text("exif:GPSAltitudeRef")) ? -a : a;
  }

  private static Double rational(String v) {
    if (v == null) {
      return null;
    }
    try {
      int slash = v.indexOf('/');
      if (slash < 0) {
        return Double.parseDouble(v);
      }
      double den = Double.parseDouble(v.substring(slash + 1));
      return den == 0 ? null : Double.parseDouble(v.substring(0, slash)) / den;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
