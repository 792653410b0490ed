package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OLE object embedded in an Office Open XML file: Tika reads it into an open OLE2 container
 * before handing it over, so its digest was that of an empty stream while the spooled bytes were
 * complete; the child lost its bytes and was filed under the empty hash with a false "limit
 * reached" reason. Its id is now the hash of its bytes, as found in the package.
 */
class EmbeddedObjectBytesTest {

  @TempDir Path tmp;

  @Test
  void anOleObjectInAnXlsxKeepsItsBytesAndIsIdentifiedByThem() throws Exception {
    Path xlsx = Corpus.file("e_office/excelbook_with_embedded_objects.xlsx");
    String expected;
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      ZipEntry e = zip.getEntry("xl/embeddings/oleObject1.bin");
      try (InputStream in = zip.getInputStream(e)) {
        expected = Hashes.of(in.readAllBytes()).sha256();
      }
    }
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", xlsx.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    DocumentRecord ole = CaseRecords.read(caseDir).byPathSuffix("!/oleObject1.bin");
    assertEquals(expected, ole.id, "the id is the SHA-256 of the object's bytes in the package");
    assertTrue(ole.size > 0);
    assertTrue(ole.statusReason == null || !ole.statusReason.contains("incomplete"), ole.statusReason);
    Path blob = new org.istraga.store.BlobStore(caseDir.resolve("blobs")).path(ole.id);
    assertEquals(expected, Hashes.of(blob).sha256(), "its bytes are stored");
  }
}
