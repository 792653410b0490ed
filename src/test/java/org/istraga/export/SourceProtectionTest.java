package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source protection on files built here like real producers write them: a photo whose EXIF holds
 * GPS, the artist, copyright holder and Windows "XP Author", and whose IPTC holds the
 * photographer's by-line; an OpenDocument text with its author and last saver; an e-mail with a
 * Message-ID. Every name is listed before a bundle is written, and the --strip-metadata copies,
 * read back with an independent reader, no longer carry them.
 */
class SourceProtectionTest {

  @TempDir static Path tmp;
  static Path caseDir;

  @BeforeAll
  static void ingest() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("foto.jpg"), photo());
    Evidence.write(leak.resolve("zapisnik.odt"), odt("Ivana Početna", "Zoran Poslednji",
        "Zapisnik sa sastanka o kamerama za nadzor."));
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Izveštaj o nabavci kamera.");
      doc.getProperties().getCustomProperties().addProperty("_AuthorEmail", "petar.p@gmail.com");
      doc.getProperties().getCustomProperties().addProperty("_AuthorEmailDisplayName", "Petar Petrović");
      doc.getProperties().getCustomProperties().addProperty("Odeljenje", "Nabavke");
      org.apache.poi.xwpf.usermodel.XWPFComment comment = doc.createComments().createComment(java.math.BigInteger.ONE);
      comment.setAuthor("Dragana Komentar");
      comment.createParagraph().createRun().setText("Proveriti iznos.");
      doc.write(out);
      Evidence.write(leak.resolve("izvestaj.docx"), out.toByteArray());
    }
    Evidence.write(leak.resolve("zakljucan.pdf"), ownerProtectedPdf("Nenad Zakljucani"));
    String eml = "From: kontakt@firma.rs\r\nTo: office@firma.rs\r\nBcc: Jelena Tajna <jelena.tajna@gmail.com>\r\n"
        + "Reply-To: mile.izvor@yahoo.com\r\nSubject: Zapisnik\r\n"
        + "Date: Wed, 14 Aug 2019 10:15:00 +0200\r\nMessage-ID: <a1b2c3.x9@mail.firma.rs>\r\n"
        + "In-Reply-To: <zz11.yy22@mail.firma.rs>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nU prilogu je zapisnik.\r\n";
    Evidence.write(leak.resolve("poruka.eml"), eml);
    caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), leak.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
  }

  @Test
  void everyNameInPhotoAndOpenDocumentMetadataIsListedAndMessageIdsAreNot() {
    Cli.Result r = Cli.run("export", "--case", caseDir.toString(), "--query", "*:*", "--format", "bundle",
        "--out", tmp.resolve("refused").toString());
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r.toString());
    // Tika gives the IPTC by-line as the photo's author
    for (String item : new String[] {"foto.jpg  author  metadata author: Jovan Fotograf", "Windows XP Author: Vesna Autor",
        "Copyright: Marija Copyright", "Artist: Milan Milic", "gps  metadata GPS:",
        "author  metadata author: Ivana Početna", "last-modified-by: Zoran Poslednji",
        "_AuthorEmailDisplayName: Petar Petrović  [--strip-metadata removes it]",
        "_AuthorEmail: petar.p@gmail.com  [--strip-metadata removes it]",
        "custom:Editor: Goran Urednik  [--strip-metadata removes it]",
        "body-author  body (comments): Dragana Komentar  [cannot be stripped]",
        "zakljucan.pdf  author  metadata author: Nenad Zakljucani  [--strip-metadata removes it]"}) {
      assertTrue(r.out().contains(item), item + " is listed:\n" + r);
    }
    // a blind copy and a reply address name people as much as To and Cc do
    assertTrue(r.out().contains("jelena.tajna@gmail.com"), r.out());
    assertTrue(r.out().contains("mile.izvor@yahoo.com"), r.out());
    // a role address as an e-mail's author names no person
    assertFalse(r.out().contains("kontakt@firma.rs"), r.out());
    assertFalse(r.out().contains("a1b2c3.x9@mail.firma.rs"), r.out());
    assertFalse(r.out().contains("zz11.yy22@mail.firma.rs"), r.out());
    assertFalse(Files.exists(tmp.resolve("refused")));
  }

  @Test
  void strippedCopiesReadBackWithoutTheNamesAndTheBundleVerifies() throws Exception {
    Path bag = tmp.resolve("stripped");
    // a comment's author is in the document's body, which stripping does not rewrite
    Cli.Result refused = Cli.run("export", "--case", caseDir.toString(), "--query", "*:*", "--format", "bundle",
        "--out", bag.toString(), "--strip-metadata");
    assertEquals(ExitCode.CHECK_FAILED, refused.code(), refused.toString());
    // so are an e-mail's headers: the addresses of its blind copy and reply address
    assertEquals(3, refused.out().strip().split("\n").length, refused.out());
    assertTrue(refused.out().contains("Dragana Komentar  [cannot be stripped]"), refused.out());
    assertTrue(refused.out().contains("jelena.tajna@gmail.com  [cannot be stripped]"), refused.out());
    assertTrue(refused.out().contains("mile.izvor@yahoo.com  [cannot be stripped]"), refused.out());
    Cli.Result r = Cli.run("export", "--case", caseDir.toString(), "--query", "*:*", "--format", "bundle",
        "--out", bag.toString(), "--strip-metadata", "--include-sensitive");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    Path photo = only(bag, "foto.jpg");
    Metadata m = ImageMetadataReader.readMetadata(photo.toFile());
    for (Directory d : m.getDirectories()) {
      for (Tag t : d.getTags()) {
        String v = t.getDescription() == null ? "" : t.getDescription();
        assertFalse(v.contains("Jovan") || v.contains("Vesna") || v.contains("Marija") || v.contains("Milan"),
            d.getName() + ":" + t.getTagName() + " = " + v);
        assertFalse(d.getName().startsWith("GPS"), "GPS directory left: " + t);
      }
    }
    Path odt = only(bag, "zapisnik.odt");
    try (ZipFile z = new ZipFile(odt.toFile())) {
      assertEquals("mimetype", z.entries().nextElement().getName(), "mimetype stays the first entry");
      assertEquals(ZipEntry.STORED, z.getEntry("mimetype").getMethod());
      String meta = new String(z.getInputStream(z.getEntry("meta.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(meta.contains("Ivana") || meta.contains("Zoran") || meta.contains("Goran"), meta);
      assertTrue(meta.contains("Nabavke"), "other user-defined fields stay: " + meta);
      assertTrue(meta.contains("<meta:generator>"), meta);
      String content = new String(z.getInputStream(z.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(content.contains("Zapisnik sa sastanka o kamerama za nadzor."), content);
    }
    // a PDF with an owner password only (permission restrictions) is stripped, written unencrypted
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(only(bag, "zakljucan.pdf").toFile())) {
      assertFalse(pdf.isEncrypted());
      assertNull(pdf.getDocumentInformation().getAuthor());
      assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Zakljucan dokument"));
    }
    Path docx = only(bag, "izvestaj.docx");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
      var custom = doc.getProperties().getCustomProperties();
      assertFalse(custom.contains("_AuthorEmail") || custom.contains("_AuthorEmailDisplayName"));
      assertTrue(custom.contains("Odeljenje"), "other custom properties stay");
    }
    String metadata = Files.readString(odt.getParent().getParent().resolve("metadata.json"));
    assertFalse(metadata.contains("Ivana") || metadata.contains("Zoran") || metadata.contains("Goran"), metadata);
    Cli.Result v = Cli.run("bundle", "verify", bag.toString(), "--case", caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v.toString());
  }

  private static Path only(Path bag, String name) throws Exception {
    try (var s = Files.walk(bag.resolve("data/documents"))) {
      Path p = s.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
      assertEquals("stripped", p.getParent().getFileName().toString(), p.toString());
      return p;
    }
  }

  /** A PDF with an author, encrypted with an owner password only (it opens without a password). */
  static byte[] ownerProtectedPdf(String author) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
        Evidence.pdf("Zakljucan dokument sa autorom."))) {
      doc.getDocumentInformation().setAuthor(author);
      org.apache.pdfbox.pdmodel.encryption.AccessPermission ap = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      ap.setCanModify(false);
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy p =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "", ap);
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A JPEG with EXIF (IFD0 Artist, Copyright, XPAuthor; a GPS IFD) and IPTC (2:80 By-line). */
  static byte[] photo() throws Exception {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", plain);
    byte[] jpeg = plain.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    segment(out, 0xE1, exif());
    segment(out, 0xED, iptc("Jovan Fotograf"));
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
    out.write(0xFF);
    out.write(marker);
    out.write((body.length + 2) >> 8);
    out.write((body.length + 2) & 0xFF);
    out.write(body, 0, body.length);
  }

  /** "Exif\0\0" and a big-endian TIFF: IFD0 with four entries, then the GPS IFD with two. */
  private static byte[] exif() {
    byte[] artist = "Milan Milic\0".getBytes(StandardCharsets.US_ASCII);
    byte[] copyright = "Marija Copyright\0".getBytes(StandardCharsets.US_ASCII);
    byte[] xpAuthor = "Vesna Autor\0".getBytes(StandardCharsets.UTF_16LE);
    int ifd0 = 8;
    int gpsIfd = ifd0 + 2 + 4 * 12 + 4;
    int data = gpsIfd + 2 + 2 * 12 + 4;
    ByteBuffer b = ByteBuffer.allocate(data + artist.length + copyright.length + xpAuthor.length + 24)
        .order(ByteOrder.BIG_ENDIAN);
    b.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0);
    int at = data;
    b.putShort((short) 4);
    at = entry(b, 0x013B, 2, artist.length, at, artist.length); // Artist
    at = entry(b, 0x8298, 2, copyright.length, at, copyright.length); // Copyright
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd); // GPS IFD pointer
    at = entry(b, 0x9C9D, 1, xpAuthor.length, at, xpAuthor.length); // XPAuthor, UCS-2
    b.putInt(0);
    b.putShort((short) 2);
    b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
    int latitude = at;
    b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitude); // GPSLatitude, 3 rationals
    b.putInt(0);
    b.put(artist).put(copyright).put(xpAuthor);
    b.putInt(44).putInt(1).putInt(48).putInt(1).putInt(45).putInt(1);
    byte[] tiff = b.array();
    byte[] out = new byte[6 + tiff.length];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 6);
    System.arraycopy(tiff, 0, out, 6, tiff.length);
    return out;
  }

  /** One IFD entry whose value lies at {@code at} in the data area; returns the next free offset. */
  private static int entry(ByteBuffer b, int tag, int type, int count, int at, int length) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(at);
    return at + length;
  }

  /** A Photoshop APP13 with one IPTC-IIM resource holding 2:80 By-line. */
  private static byte[] iptc(String byline) {
    byte[] name = byline.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer iim = ByteBuffer.allocate(5 + name.length);
    iim.put(new byte[] {0x1C, 2, 80}).putShort((short) name.length).put(name);
    int size = iim.capacity();
    ByteBuffer b = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + size + (size % 2));
    b.put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII)).put("8BIM".getBytes(StandardCharsets.US_ASCII))
        .putShort((short) 0x0404).putShort((short) 0).putInt(size).put(iim.array());
    return b.array();
  }

  /** An OpenDocument text: mimetype first and stored, manifest, content and meta.xml. */
  static byte[] odt(String initialCreator, String creator, String paragraph) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      z.putNextEntry(m);
      z.write(mime);
      z.closeEntry();
      put(z, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
      put(z, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body>"
          + "<office:text><text:p>" + paragraph + "</text:p></office:text></office:body></office:document-content>");
      put(z, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
          + "office:version=\"1.2\"><office:meta><meta:initial-creator>" + initialCreator + "</meta:initial-creator>"
          + "<dc:creator>" + creator + "</dc:creator><meta:generator>LibreOffice/7.4</meta:generator>"
          + "<meta:user-defined meta:name=\"Editor\">Goran Urednik</meta:user-defined>"
          + "<meta:user-defined meta:name=\"Odeljenje\">Nabavke</meta:user-defined>"
          + "</office:meta></office:document-meta>");
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream z, String name, String content) throws Exception {
    z.putNextEntry(new ZipEntry(name));
    z.write(content.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
