package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.ingest.tika.ExtractedItem;
import org.istraga.ingest.tika.Extraction;
import org.istraga.store.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ZIP whose central directory lists files of which the parser extracted none is damaged, not an
 * ok archive with no content (Tika's package parser gives up on some damaged entries without an
 * error); a ZIP that holds only folders is still ok.
 */
class UnreadZipTest {

  @TempDir Path tmp;

  private static byte[] zip(String... names) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        if (!n.endsWith("/")) {
          z.write(("Sadržaj " + n).getBytes(StandardCharsets.UTF_8));
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Assembles the records of {@code file} from what the parser reported: the archive and these children. */
  private static RecordAssembler.Assembly assemble(Path file, String... childNames) throws Exception {
    Metadata root = new Metadata();
    root.set(Metadata.CONTENT_TYPE, "application/zip");
    root.add("X-TIKA:Parsed-By", "org.apache.tika.parser.DefaultParser");
    root.add("X-TIKA:Parsed-By", "org.apache.tika.parser.pkg.PackageParser");
    List<ExtractedItem> items = new ArrayList<>();
    items.add(new ExtractedItem("/", 0, root, "", new int[0], null));
    int id = 1;
    for (String name : childNames) {
      Metadata m = new Metadata();
      m.set(Metadata.CONTENT_TYPE, "text/plain");
      m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
      m.set("X-TIKA:digest:SHA256", Hashes.sha256(name.getBytes(StandardCharsets.UTF_8)));
      items.add(new ExtractedItem("/" + name, id++, m, "Sadržaj " + name, new int[0], null));
    }
    RecordAssembler a = new RecordAssembler(new LanguageDetector(), EntityAnnotator.standard(), OcrMode.OFF, 10);
    return a.assemble(new EvidenceFile(file, file.getParent(), Files.size(file), 0L), Hashes.of(file),
        new Extraction(Extraction.Outcome.PARSED, null, items));
  }

  @Test
  void zipFromWhichTheParserReadNothingIsCorrupt() throws Exception {
    // what Tika's package parser reported for a ZIP with impossible entry sizes: parsed, no error, no entry
    Path listed = tmp.resolve("izvoz.zip");
    Files.write(listed, zip("ugovori/", "ugovori/ugovor.txt", "racun.txt"));
    DocumentRecord r = assemble(listed).root();
    assertEquals("corrupt", r.status);
    assertTrue(r.statusReason.contains("lists 2 files but none could be read"), r.statusReason);

    // the same archive with its entries read is ok
    assertEquals("ok", assemble(listed, "ugovor.txt", "racun.txt").root().status);
    // an archive of folders only has nothing to read and is ok
    Path folders = tmp.resolve("folderi.zip");
    Files.write(folders, zip("ugovori/", "ugovori/2023/"));
    assertEquals("ok", assemble(folders).root().status);
  }

  @Test
  void centralDirectoryFilesAreCounted() throws Exception {
    Path ok = tmp.resolve("a.zip");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : new String[] {"a/", "a/b.txt", "c.txt", "a/d/"}) {
        z.putNextEntry(new ZipEntry(n));
        if (!n.endsWith("/")) {
          z.write(n.getBytes(StandardCharsets.US_ASCII));
        }
        z.closeEntry();
      }
    }
    Files.write(ok, out.toByteArray());
    assertEquals(2, ZipEnd.fileEntries(ok));
    Path cut = tmp.resolve("cut.zip");
    Files.write(cut, java.util.Arrays.copyOf(out.toByteArray(), out.size() - 30));
    assertEquals(-1, ZipEnd.fileEntries(cut));
  }
}
