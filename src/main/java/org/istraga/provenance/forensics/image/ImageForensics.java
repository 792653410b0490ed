package org.istraga.provenance.forensics.image;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.lang.KeyValuePair;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.png.PngDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.DeclaredDate;
import org.istraga.provenance.forensics.FlagName;

/**
 * Reads camera and capture metadata (EXIF, GPS, maker notes) of an image with metadata-extractor:
 * camera make, model and serial numbers, capture and change dates, software, GPS position. Values
 * EXIF lacks are taken from the image's XMP packet ({@link ImageXmp}) and, for the change date,
 * from a PNG {@code tIME} chunk; software, author and copyright also from PNG text chunks. Raises
 * {@code image-gps-present}; registers the capture date as "created" and the IFD0 DateTime as
 * "modified" for the common date rules. Stateless and thread-safe.
 */
public final class ImageForensics {

  private static final DateTimeFormatter EXIF_DATE =
      DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss", Locale.ROOT);

  private ImageForensics() {}

  public static ImageFacts analyze(Path file, AnalysisContext ctx) throws IOException {
    if (Files.size(file) > ctx.limits().maxFileBytes()) {
      ctx.error(
          "image", "file above the " + ctx.limits().maxFileBytes() + "-byte limit; not analyzed");
      return null;
    }
    Metadata md;
    try {
      md = ImageMetadataReader.readMetadata(file.toFile());
    } catch (ImageProcessingException | RuntimeException e) {
      ctx.error("image.metadata", e);
      return null;
    }
    ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
    ExifSubIFDDirectory sub = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    GpsDirectory gps = md.getFirstDirectoryOfType(GpsDirectory.class);

    String make = str(ifd0, ExifDirectoryBase.TAG_MAKE);
    String model = str(ifd0, ExifDirectoryBase.TAG_MODEL);
    String software = str(ifd0, ExifDirectoryBase.TAG_SOFTWARE);
    String artist = str(ifd0, ExifDirectoryBase.TAG_ARTIST);
    String copyright = str(ifd0, ExifDirectoryBase.TAG_COPYRIGHT);
    String body = str(sub, ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER);
    String lensModel = str(sub, ExifDirectoryBase.TAG_LENS_MODEL);
    String lensSerial = str(sub, ExifDirectoryBase.TAG_LENS_SERIAL_NUMBER);
    // Maker notes name serial numbers in their own tags.
    for (Directory d : md.getDirectories()) {
      for (Tag t : d.getTags()) {
        String name = t.getTagName().toLowerCase(Locale.ROOT);
        if (!name.contains("serial")) {
          continue;
        }
        String v = d.getString(t.getTagType());
        if (v == null || v.isBlank()) {
          continue;
        }
        if (name.contains("lens") && lensSerial == null) {
          lensSerial = v.strip();
        } else if (!name.contains("lens") && !name.contains("internal") && body == null) {
          body = v.strip();
        }
      }
    }
    String original =
        exifDate(
            str(sub, ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
            str(sub, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
    String digitized =
        exifDate(
            str(sub, ExifDirectoryBase.TAG_DATETIME_DIGITIZED),
            str(sub, ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED));
    String changed =
        exifDate(
            str(ifd0, ExifDirectoryBase.TAG_DATETIME), str(sub, ExifDirectoryBase.TAG_TIME_ZONE));
    Double lat = null;
    Double lon = null;
    Double alt = null;
    if (gps != null) {
      GeoLocation g = gps.getGeoLocation();
      if (g != null && !g.isZero()) {
        lat = g.getLatitude();
        lon = g.getLongitude();
      }
      Rational a = gps.getRational(GpsDirectory.TAG_ALTITUDE);
      if (a != null) {
        Integer ref = gps.getInteger(GpsDirectory.TAG_ALTITUDE_REF);
        alt = (ref != null && ref == 1 ? -1 : 1) * a.doubleValue();
      }
    }
    // PNG text chunks with the registered keywords come next (ImageReady, ImageMagick, GIMP...).
    for (PngDirectory png : md.getDirectoriesOfType(PngDirectory.class)) {
      if (png.getObject(PngDirectory.TAG_TEXTUAL_DATA) instanceof List<?> pairs) {
        for (Object o : pairs) {
          if (o instanceof KeyValuePair kv && kv.getValue() != null) {
            String v = kv.getValue().toString().replace("\u0000", "").strip();
            if (v.isEmpty()) {
              continue;
            }
            switch (kv.getKey()) {
              case "Software" -> software = or(software, v);
              case "Author" -> artist = or(artist, v);
              case "Copyright" -> copyright = or(copyright, v);
              default -> {
                // other keywords (Title, Comment, Creation Time...) are free text
              }
            }
          }
        }
      }
    }
    // What EXIF lacks, the XMP packet may hold (editors and exporters often keep only XMP).
    try {
      ImageXmp.recoverJpegXmp(file, md, ctx.limits().maxFileBytes());
    } catch (IOException | RuntimeException e) {
      ctx.error("image.xmp", e);
    }
    ImageXmp xmp = ImageXmp.of(md);
    if (!xmp.isEmpty()) {
      make = or(make, xmp.text("tiff:Make"));
      model = or(model, xmp.text("tiff:Model"));
      software = or(software, xmp.text("tiff:Software", "xmp:CreatorTool"));
      artist = or(artist, xmp.text("tiff:Artist", "dc:creator[1]"));
      copyright = or(copyright, xmp.text("tiff:Copyright", "dc:rights[1]"));
      body = or(body, xmp.text("exifEX:BodySerialNumber", "aux:SerialNumber"));
      lensModel = or(lensModel, xmp.text("exifEX:LensModel", "aux:Lens"));
      lensSerial = or(lensSerial, xmp.text("exifEX:LensSerialNumber", "aux:LensSerialNumber"));
      original = or(original, xmp.date("exif:DateTimeOriginal", "photoshop:DateCreated"));
      digitized = or(digitized, xmp.date("exif:DateTimeDigitized", "xmp:CreateDate"));
      changed = or(changed, xmp.date("tiff:DateTime", "xmp:ModifyDate"));
      if (lat == null) {
        Double xlat = xmp.coordinate("exif:GPSLatitude", 90);
        Double xlon = xmp.coordinate("exif:GPSLongitude", 180);
        if (xlat != null && xlon != null && (xlat != 0 || xlon != 0)) {
          lat = xlat;
          lon = xlon;
        }
      }
      alt = alt != null ? alt : xmp.altitude();
    }
    if (changed == null) {
      // PNG tIME: the last modification, in UTC by the PNG specification.
      for (PngDirectory png : md.getDirectoriesOfType(PngDirectory.class)) {
        String t = str(png, PngDirectory.TAG_LAST_MODIFICATION_TIME);
        if (t != null) {
          changed = exifDate(t, "+00:00");
          break;
        }
      }
    }
    // Degrees come from rationals and minute/second sums, so they carry floating-point noise
    // (151.20929999999998): 7 decimals is about 1 cm on the ground, finer than any GPS fix.
    lat = round(lat, 7);
    lon = round(lon, 7);
    alt = round(alt, 2);
    Integer width = null;
    Integer height = null;
    Set<String> dirs = new LinkedHashSet<>();
    for (Directory d : md.getDirectories()) {
      dirs.add(d.getName());
      for (Tag t : d.getTags()) {
        String n = t.getTagName();
        if (width == null && n.equals("Image Width")) {
          width = d.getInteger(t.getTagType());
        } else if (height == null && n.equals("Image Height")) {
          height = d.getInteger(t.getTagType());
        }
      }
      for (String err : d.getErrors()) {
        ctx.error("image." + d.getName(), err);
      }
    }
    ImageFacts facts =
        new ImageFacts(
            make,
            model,
            body,
            lensModel,
            lensSerial,
            original,
            digitized,
            changed,
            software,
            artist,
            copyright,
            lat,
            lon,
            alt,
            width,
            height,
            new ArrayList<>(dirs));
    ctx.date("image.exif", DeclaredDate.CREATED, parseIso(original));
    ctx.date("image.exif", DeclaredDate.MODIFIED, parseIso(changed));
    if (lat != null && lon != null) {
      ctx.flag(
          FlagName.IMAGE_GPS_PRESENT,
          "The image records where it was taken: "
              + plain(lat)
              + ", "
              + plain(lon)
              + ".",
          evidence("latitude", lat, "longitude", lon, "altitude_m", alt));
    }
    return facts;
  }

  /** {@code v} rounded half-up to {@code places} decimals; null stays null. */
  static Double round(Double v, int places) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return v;
    }
    return java.math.BigDecimal.valueOf(v)
        .setScale(places, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static String plain(Double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static String str(Directory d, int tag) {
    if (d == null) {
      return null;
    }
    String s = d.getString(tag);
    if (s == null) {
      return null;
    }
    s = s.replace("\u0000", "").strip();
    return s.isEmpty() ? null : s;
  }

  /** An EXIF date ({@code 2019:05:01 10:22:03}) as ISO local time, with the offset if known. */
  static String exifDate(String exif, String offset) {
    if (exif == null) {
      return null;
    }
    try {
      LocalDateTime t = LocalDateTime.parse(exif.strip(), EXIF_DATE);
      if (offset != null && offset.matches("[+-]\\d{2}:\\d{2}")) {
        return t.atOffset(ZoneOffset.of(offset)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static OffsetDateTime parseIso(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
