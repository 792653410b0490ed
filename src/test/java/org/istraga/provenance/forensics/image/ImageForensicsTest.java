package org.istraga.provenance.forensics.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Camera metadata: a fixture tagged with ExifTool (see its README) and real corpus scans. */
class ImageForensicsTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void cameraSerialsDatesAndGpsAreRead() {
    Path jpg = Corpus.projectDir().resolve("src/test/resources/provenance/image/camera-gps.jpg");
    ForensicReport r = analyzer.analyze(jpg, "image/jpeg");
    assertEquals("image", r.format());
    ImageFacts f = r.image();
    assertEquals("Canon", f.make());
    assertEquals("Canon EOS 5D Mark IV", f.model());
    assertEquals("012345678901", f.bodySerialNumber());
    assertEquals("EF24-70mm f/2.8L II USM", f.lensModel());
    assertEquals("0000c12345", f.lensSerialNumber());
    assertEquals("2019-05-01T10:22:03+02:00", f.dateTimeOriginal());
    assertEquals("2019-05-03T08:00:00", f.dateTime());
    assertEquals("Adobe Photoshop Lightroom Classic 8.2", f.software());
    assertEquals(44.816667, f.gpsLatitude(), 1e-9);
    assertEquals(20.466667, f.gpsLongitude(), 1e-9);
    assertEquals(117.0, f.gpsAltitude(), 1e-9);
    assertEquals(32, f.width());
    assertEquals(24, f.height());
    Flag gps = r.flag(FlagName.IMAGE_GPS_PRESENT).orElseThrow();
    assertTrue(gps.evidence().get("latitude").startsWith("44.81666"));
    assertFalse(r.hasFlag(FlagName.DATES_MODIFIED_BEFORE_CREATED));
    assertEquals(java.util.List.of(), r.errors());
  }

  @Test
  void scanWithoutCameraMetadataHasNoGps() {
    ForensicReport r = analyzer.analyze(Corpus.file("b_scans_ocr/testOCR.jpg"), "image/jpeg");
    assertEquals("image", r.format());
    assertNull(r.image().make());
    assertNull(r.image().gpsLatitude());
    assertFalse(r.hasFlag(FlagName.IMAGE_GPS_PRESENT));
  }
}
