package org.istraga.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageProperties;

/**
 * Makes a copy of a document with its identifying metadata removed, for bundles written with
 * {@code --strip-metadata}. The copy is a new file: it is labelled as modified in the bundle and
 * the untouched original's SHA-256 is kept beside it.
 *
 * <ul>
 *   <li>PDF (PDFBox): the document information dictionary is replaced by one holding only the
 *       title; the XMP metadata of the document and of every page is removed; the file is saved
 *       whole, so earlier incremental revisions are dropped too. A PDF encrypted with an owner
 *       password only (it opens without one) is written unencrypted; one that needs a password to
 *       open is refused.
 *   <li>OOXML (.docx, .xlsx, .pptx... via POI): creator and last-modified-by in the core
 *       properties and Manager in the extended properties are cleared; custom properties whose
 *       name marks a person ({@link SensitiveScan#isSensitiveKey}: _AuthorEmail...) are removed.
 *       Names of comment and tracked-change authors inside the body are not touched
 *       (docs/findings.md says so).
 *   <li>OpenDocument (.odt, .ods, .odp...): the author (initial creator), last saver and printer
 *       names in meta.xml are removed ({@link OdfMetadataStripper}).
 *   <li>JPEG: APP1 (EXIF, XMP), APP13 (IPTC, Photoshop), other application segments except JFIF,
 *       ICC profile and Adobe, and comments are dropped; the image data is copied unchanged.
 *   <li>PNG: tEXt, zTXt, iTXt, eXIf and tIME chunks are dropped; image chunks copied unchanged.
 * </ul>
 *
 * <p>Stateless and thread-safe. Cost: PDF and OOXML are loaded whole (their size in memory);
 * images are streamed.
 */
public final class MetadataStripper {

  /** The stripped copy and what was removed (names of fields, never their values). */
  public record Stripped(byte[] bytes, List<String> removed) {}

  private MetadataStripper() {}

  /** True when {@link #strip} handles this media type. */
  public static boolean supports(String mediaType) {
    String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    return m.equals("application/pdf") || m.startsWith("application/vnd.openxmlformats-officedocument.")
        || OdfMetadataStripper.supports(m) || m.equals("image/jpeg") || m.equals("image/png");
  }

  /**
   * Strips a copy of {@code source}.
   *
   * @throws IOException when the file cannot be read or parsed as its type (then it cannot be
   *     stripped and needs {@code --include-sensitive})
   */
  public static Stripped strip(Path source, String mediaType) throws IOException {
    String m = mediaType.toLowerCase(Locale.ROOT);
    if (m.equals("application/pdf")) {
      return pdf(source);
    }
    if (m.startsWith("application/vnd.openxmlformats-officedocument.")) {
      return ooxml(source);
    }
    if (OdfMetadataStripper.supports(m)) {
      return OdfMetadataStripper.strip(source);
    }
    try (InputStream in = Files.newInputStream(source)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<String> removed = m.equals("image/jpeg") ? jpeg(in, out) : png(in, out);
      return new Stripped(out.toByteArray(), removed);
    }
  }

  private static Stripped pdf(Path source) throws IOException {
    try (PDDocument doc = Loader.loadPDF(source.toFile())) {
      List<String> removed = new ArrayList<>();
      if (doc.isEncrypted()) {
        // it opened without a password, so only an owner password (permission restrictions) is set,
        // as on many official PDFs: the copy is written without it, or it could not be rewritten
        doc.setAllSecurityToBeRemoved(true);
        removed.add("encryption with an owner password only (permission restrictions)");
      }
      PDDocumentInformation old = doc.getDocumentInformation();
      for (String key : old.getMetadataKeys()) {
        if (!key.equals("Title")) {
          removed.add("PDF Info /" + key);
        }
      }
      PDDocumentInformation info = new PDDocumentInformation();
      if (old.getTitle() != null) {
        info.setTitle(old.getTitle());
      }
      doc.setDocumentInformation(info);
      if (doc.getDocumentCatalog().getMetadata() != null) {
        doc.getDocumentCatalog().setMetadata(null);
        removed.add("XMP metadata of the document");
      }
      int pages = 0;
      for (PDPage page : doc.getPages()) {
        if (page.getMetadata() != null) {
          page.setMetadata(null);
          pages++;
        }
      }
      if (pages > 0) {
        removed.add("XMP metadata of " + pages + " page(s)");
      }
      removed.add("earlier incremental revisions (the file is saved whole)");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new Stripped(out.toByteArray(), removed);
    }
  }

  private static Stripped ooxml(Path source) throws IOException {
    try (InputStream in = Files.newInputStream(source); OPCPackage pkg = OPCPackage.open(in)) {
      List<String> removed = new ArrayList<>();
      PackageProperties core = pkg.getPackageProperties();
      if (core.getCreatorProperty().isPresent()) {
        core.setCreatorProperty(Optional.empty());
        removed.add("core property creator");
      }
      if (core.getLastModifiedByProperty().isPresent()) {
        core.setLastModifiedByProperty(Optional.empty());
        removed.add("core property lastModifiedBy");
      }
      POIXMLProperties props = new POIXMLProperties(pkg);
      var ext = props.getExtendedProperties().getUnderlyingProperties();
      if (ext != null && ext.isSetManager()) {
        ext.unsetManager();
        removed.add("extended property Manager");
      }
      // custom properties naming a person (_AuthorEmail, _AuthorEmailDisplayName that Outlook adds)
      var custom = props.getCustomProperties().getUnderlyingProperties();
      for (int i = custom.sizeOfPropertyArray() - 1; i >= 0; i--) {
        String name = custom.getPropertyArray(i).getName();
        if (name != null && SensitiveScan.isSensitiveKey("custom:" + name)) {
          custom.removeProperty(i);
          removed.add("custom property " + name);
        }
      }
      props.commit();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      pkg.revert();
      return new Stripped(out.toByteArray(), removed);
    } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException e) {
      throw new IOException("not a readable Office Open XML package: " + e.getMessage(), e);
    }
  }

  /** Copies a JPEG, dropping metadata segments. */
  static List<String> jpeg(InputStream in, OutputStream out) throws IOException {
    List<String> removed = new ArrayList<>();
    if (in.read() != 0xFF || in.read() != 0xD8) {
      throw new IOException("not a JPEG file (no SOI marker)");
    }
    out.write(0xFF);
    out.write(0xD8);
    while (true) {
      int b = in.read();
      if (b == -1) {
        return removed;
      }
      if (b != 0xFF) {
        throw new IOException("damaged JPEG: expected a marker");
      }
      int marker = in.read();
      while (marker == 0xFF) {
        marker = in.read();
      }
      if (marker == -1) {
        throw new IOException("damaged JPEG: truncated marker");
      }
      if (marker == 0xD9 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
        out.write(0xFF);
        out.write(marker);
        if (marker == 0xD9) {
          return removed;
        }
        continue;
      }
      int hi = in.read();
      int lo = in.read();
      if (hi < 0 || lo < 0) {
        throw new IOException("damaged JPEG: truncated segment length");
      }
      int len = (hi << 8) | lo;
      byte[] body = in.readNBytes(len - 2);
      if (body.length != len - 2) {
        throw new IOException("damaged JPEG: truncated segment");
      }
      boolean drop = marker == 0xFE || marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE;
      if (drop) {
        removed.add(marker == 0xFE ? "JPEG comment" : marker == 0xE1 ? "JPEG APP1 (EXIF/XMP)"
            : marker == 0xED ? "JPEG APP13 (IPTC)" : String.format(Locale.ROOT, "JPEG APP%d segment", marker - 0xE0));
        continue;
      }
      out.write(0xFF);
      out.write(marker);
      out.write(hi);
      out.write(lo);
      out.write(body);
      if (marker == 0xDA) {
        in.transferTo(out);
        return removed;
      }
    }
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** Copies a PNG, dropping text, EXIF and time chunks. */
  static List<String> png(InputStream in, OutputStream out) throws IOException {
    byte[] sig = in.readNBytes(8);
    if (!java.util.Arrays.equals(sig, PNG_SIGNATURE)) {
      throw new IOException("not a PNG file (bad signature)");
    }
    out.write(sig);
    List<String> removed = new ArrayList<>();
    while (true) {
      byte[] head = in.readNBytes(8);
      if (head.length == 0) {
        return removed;
      }
      if (head.length != 8) {
        throw new IOException("damaged PNG: truncated chunk header");
      }
      long len = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
      String type = new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (len > Integer.MAX_VALUE - 4) {
        throw new IOException("damaged PNG: chunk too long");
      }
      byte[] rest = in.readNBytes((int) len + 4);
      if (rest.length != len + 4) {
        throw new IOException("damaged PNG: truncated chunk " + type);
      }
      if (type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt") || type.equals("eXIf") || type.equals("tIME")) {
        removed.add("PNG " + type + " chunk");
        continue;
      }
      out.write(head);
      out.write(rest);
      if (type.equals("IEND")) {
        return removed;
      }
    }
  }
}
