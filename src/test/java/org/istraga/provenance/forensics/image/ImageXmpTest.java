package org.istraga.provenance.forensics.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camera, date and GPS values that an image keeps only in XMP, and the PNG tIME chunk. ExifTool
 * reads them (a JPEG tagged -XMP-tiff:Make=Apple -XMP-exif:GPSLatitude="51,30.5N"... showed Make,
 * Model, DateTimeOriginal and GPS 51.5083, -0.125); the report showed none of them and raised no
 * image-gps-present. The images here are written with ImageIO and the metadata added by hand.
 */
class ImageXmpTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void cameraDatesAndPositionKeptOnlyInXmpAreReported(@TempDir Path dir) throws Exception {
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:tiff="http://ns.adobe.com/tiff/1.0/"
            xmlns:exif="http://ns.adobe.com/exif/1.0/"
            xmlns:exifEX="http://cipa.jp/exif/1.0/"
            xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            tiff:Make="Apple" tiff:Model="iPhone 12"
            aux:SerialNumber="C39XK1"
            exifEX:LensModel="iPhone 12 back dual wide camera 4.2mm f/1.6"
            exif:DateTimeOriginal="2021-05-06T07:08:09+02:00"
            xmp:ModifyDate="2021-05-07T10:00:00+02:00"
            xmp:CreatorTool="Adobe Lightroom 6.0"
            exif:GPSLatitude="33,52.128S" exif:GPSLongitude="151,12,33.48E"
            exif:GPSAltitude="241/2" exif:GPSAltitudeRef="1">
           <dc:creator><rdf:Seq><rdf:li>Ana Anić</rdf:li></rdf:Seq></dc:creator>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>""";
    Path jpg = dir.resolve("edited.jpg");
    Files.write(jpg, withXmp(jpeg(), xmp));
    ForensicReport r = analyzer.analyze(jpg, "image/jpeg");
    ImageFacts f = r.image();
    assertEquals("Apple", f.make());
    assertEquals("iPhone 12", f.model());
    assertEquals("C39XK1", f.bodySerialNumber());
    assertEquals("iPhone 12 back dual wide camera 4.2mm f/1.6", f.lensModel());
    assertEquals("2021-05-06T07:08:09+02:00", f.dateTimeOriginal());
    assertEquals("2021-05-07T10:00:00+02:00", f.dateTime());
    assertEquals("Adobe Lightroom 6.0", f.software());
    assertEquals("Ana Anić", f.artist());
    assertEquals(-(33 + 52.128 / 60), f.gpsLatitude(), 1e-9, "south is negative");
    assertEquals(151 + 12 / 60.0 + 33.48 / 3600, f.gpsLongitude(), 1e-9);
    assertEquals(-120.5, f.gpsAltitude(), 1e-9, "below sea level");
    assertTrue(r.hasFlag(FlagName.IMAGE_GPS_PRESENT));
    assertFalse(r.hasFlag(FlagName.DATES_MODIFIED_BEFORE_CREATED));
    assertEquals(java.util.List.of(), r.errors());
  }

  @Test
  void xmpWithHalfAPositionOrOutOfRangeDegreesRaisesNoGps(@TempDir Path dir) throws Exception {
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"
            exif:GPSLatitude="95,0.0N" exif:GPSLongitude="20,27.0W"/>
         </rdf:RDF>
        </x:xmpmeta>""";
    Path jpg = dir.resolve("odd.jpg");
    Files.write(jpg, withXmp(jpeg(), xmp));
    ForensicReport r = analyzer.analyze(jpg, "image/jpeg");
    assertNull(r.image().gpsLatitude());
    assertFalse(r.hasFlag(FlagName.IMAGE_GPS_PRESENT));
  }

  @Test
  void pngLastModificationTimeIsReportedAsUtc(@TempDir Path dir) throws Exception {
    // ExifTool: "[PNG] Modify Date : 2017:06:02 16:52:08" from the tIME chunk.
    ByteBuffer t = ByteBuffer.allocate(7);
    t.putShort((short) 2017).put((byte) 6).put((byte) 2).put((byte) 16).put((byte) 52);
    t.put((byte) 8);
    Path png = dir.resolve("scan.png");
    Files.write(png, withChunkBeforeEnd(png(), "tIME", t.array()));
    ForensicReport r = analyzer.analyze(png, "image/png");
    assertEquals("2017-06-02T16:52:08Z", r.image().dateTime());
  }

  @Test
  void coordinatesWithoutDirectionLetterAreNorthAndEastAsExifToolReadsThem(@TempDir Path dir)
      throws Exception {
    // Nokia's XMP Core writes exif:GPSLatitude="56,0.000000"; ExifTool reads 56 and 14.45.
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"
            xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Make="Nokia" tiff:Model="N78"
            exif:GPSLatitude="56,0.000000" exif:GPSLongitude="14,27.000000"/>
         </rdf:RDF>
        </x:xmpmeta>""";
    Path jpg = dir.resolve("nokia.jpg");
    Files.write(jpg, withXmp(jpeg(), xmp));
    ImageFacts f = analyzer.analyze(jpg, "image/jpeg").image();
    assertEquals(56.0, f.gpsLatitude(), 1e-9);
    assertEquals(14.45, f.gpsLongitude(), 1e-9);
  }

  @Test
  void xmpBehindAVariantApp1IdentifierIsRead(@TempDir Path dir) throws Exception {
    // ExifTool 7.x wrote "http://ns.adobe.com/xap/1.0/ \0" (a space before the NUL); ExifTool
    // reads aux:SerialNumber 730552258 from such a file, metadata-extractor skips the segment.
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
            aux:SerialNumber="730552258" aux:Lens="EF-S55-250mm f/4-5.6 IS"/>
         </rdf:RDF>
        </x:xmpmeta>""";
    Path jpg = dir.resolve("old-exiftool.jpg");
    Files.write(jpg, withXmp(jpeg(), "http://ns.adobe.com/xap/1.0/ \0", xmp));
    ForensicReport r = analyzer.analyze(jpg, "image/jpeg");
    assertEquals("730552258", r.image().bodySerialNumber());
    assertEquals("EF-S55-250mm f/4-5.6 IS", r.image().lensModel());
    assertEquals(java.util.List.of(), r.errors());
  }

  @Test
  void pngTextChunksNameSoftwareAuthorAndCopyright(@TempDir Path dir) throws Exception {
    // ExifTool: "[PNG] Software : Adobe ImageReady" (corpus newsletter.png in mail_outlook_1).
    byte[] png = png();
    png = withChunkBeforeEnd(png, "tEXt", latin1("Software\0Adobe ImageReady"));
    png = withChunkBeforeEnd(png, "tEXt", latin1("Author\0Jovana Jovanovi\u00e6"));
    png = withChunkBeforeEnd(png, "tEXt", latin1("Copyright\0(c) Redakcija"));
    Path file = dir.resolve("newsletter.png");
    Files.write(file, png);
    ImageFacts f = analyzer.analyze(file, "image/png").image();
    assertEquals("Adobe ImageReady", f.software());
    assertEquals("Jovana Jovanovi\u00e6", f.artist());
    assertEquals("(c) Redakcija", f.copyright());
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void positionIsRoundedToSevenDecimalsAndACreatorGivenAsResourceIsRead(@TempDir Path dir)
      throws Exception {
    // 151°12'33.48" computed in doubles is 151.20929999999998; the report says 151.2093.
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:exif="http://ns.adobe.com/exif/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            exif:GPSLatitude="33,52.128S" exif:GPSLongitude="151,12,33.48E">
           <dc:creator><rdf:Seq>
            <rdf:li rdf:resource="https://orcid.org/0000-0002-1825-0097"/>
           </rdf:Seq></dc:creator>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>""";
    Path jpg = dir.resolve("sydney.jpg");
    Files.write(jpg, withXmp(jpeg(), xmp));
    ForensicReport r = analyzer.analyze(jpg, "image/jpeg");
    ImageFacts f = r.image();
    assertEquals(151.2093, f.gpsLongitude(), 0.0);
    assertEquals(-33.8688, f.gpsLatitude(), 0.0);
    assertTrue(r.toJson().contains("\"gps_longitude\":151.2093,"), r.toJson());
    assertTrue(
        r.flag(FlagName.IMAGE_GPS_PRESENT).orElseThrow().message().contains("-33.8688, 151.2093."),
        r.toJson());
    assertEquals("https://orcid.org/0000-0002-1825-0097", f.artist());
  }

  private static byte[] jpeg() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  /** Inserts an APP1 XMP segment right after the JPEG's SOI marker. */
  private static byte[] withXmp(byte[] jpeg, String xmp) {
    return withXmp(jpeg, "http://ns.adobe.com/xap/1.0/\0", xmp);
  }

  private static byte[] withXmp(byte[] jpeg, String identifier, String xmp) {
    byte[] id = identifier.getBytes(StandardCharsets.US_ASCII);
    byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
    int len = 2 + id.length + packet.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.writeBytes(id);
    out.writeBytes(packet);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** Inserts a chunk before the PNG's final IEND chunk (12 bytes). */
  private static byte[] withChunkBeforeEnd(byte[] png, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(t).put(data).putInt((int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, png.length - 12);
    out.writeBytes(chunk.array());
    out.write(png, png.length - 12, 12);
    return out.toByteArray();
  }
}
