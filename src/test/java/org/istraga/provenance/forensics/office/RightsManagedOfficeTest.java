package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office documents protected by rights management (IRM). Tika labels them
 * application/x-tika-ole-drm-encrypted; the report had no Office section for that type (corpus
 * testWORD_protected_drm.doc: format "none"), and read by its bytes it called the document not
 * encrypted and counted tracked changes in the placeholder text readers without a licence see.
 * The compound files here are written with POI.
 */
class RightsManagedOfficeTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void irmProtectedDocumentIsReportedAsEncryptedWithItsProperties(@TempDir Path dir)
      throws Exception {
    Path doc = dir.resolve("protected.doc");
    write(doc, true);
    ForensicReport r = analyzer.analyze(doc, "application/x-tika-ole-drm-encrypted");
    assertEquals("ole", r.format());
    OfficeFacts f = r.office();
    assertTrue(f.encrypted());
    assertEquals(Boolean.TRUE, f.rightsManaged());
    assertEquals("Kondić, Raja", f.author(), "properties outside the DRM stream are read");
    assertNull(f.trackedInsertions(), "the placeholder's content is not analyzed");
    Flag flag = r.flag(FlagName.OFFICE_ENCRYPTED).orElseThrow();
    assertTrue(flag.message().contains("rights management"), flag.message());
    assertEquals("true", flag.evidence().get("rights_managed"));
  }

  @Test
  void compoundFileWithoutDataSpacesIsNotCalledEncrypted(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("plain.ole");
    write(doc, false);
    ForensicReport r = analyzer.analyze(doc, "application/x-tika-msoffice");
    assertFalse(r.office().encrypted());
    assertNull(r.office().rightsManaged());
    assertFalse(r.hasFlag(FlagName.OFFICE_ENCRYPTED));
  }

  private static void write(Path file, boolean drm) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      SummaryInformation si = PropertySetFactory.newSummaryInformation();
      si.setAuthor("Kondić, Raja");
      si.setTitle("Ugovor");
      si.write(fs.getRoot(), SummaryInformation.DEFAULT_STREAM_NAME);
      if (drm) {
        DirectoryEntry ds = fs.getRoot().createDirectory("\u0006DataSpaces");
        ds.createDocument("Version", new ByteArrayInputStream(new byte[76]));
        DirectoryEntry info = ds.createDirectory("DataSpaceInfo");
        info.createDocument("\tDRMDataSpace", new ByteArrayInputStream(new byte[40]));
        fs.getRoot().createDocument("\tDRMContent", new ByteArrayInputStream(new byte[512]));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }
}
