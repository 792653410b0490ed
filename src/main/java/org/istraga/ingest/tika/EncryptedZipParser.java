package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Set;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.pkg.PackageParser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * ZIP files with password-protected entries, opened with the password of the {@link
 * PasswordProvider} in the parse context (Istraga's {@code --passwords}). Tika's {@link
 * PackageParser} reads ZIPs with Apache Commons Compress, which decrypts neither traditional
 * ZipCrypto nor WinZip AES entries; this parser reads them with zip4j. Every other ZIP (no password
 * given, or no encrypted entry, or not readable as a ZIP by zip4j) goes to {@link PackageParser}
 * unchanged, so it only adds what was missing.
 *
 * <p>Each entry becomes an embedded document as {@link PackageParser} makes them (name, internal
 * path, size, modification time), through the context's {@link EmbeddedDocumentExtractor}, so the
 * limits on children, depth and bytes apply. An entry the password does not open is recorded as an
 * embedded stream exception ({@link EncryptedDocumentException}) and the others are still read: the
 * ingest then tries its next password and keeps the attempt with the fewest failures.
 *
 * <p>Cost: the ZIP is spooled to a temporary file (random access to its central directory), then
 * each entry is decrypted and inflated once. Thread-safe (no state).
 */
public final class EncryptedZipParser implements Parser {

  private static final long serialVersionUID = 1L;
  private static final MediaType ZIP = MediaType.application("zip");
  private static final Set<MediaType> TYPES = Set.of(ZIP);

  /** Tika's ZIP reader, with entry names not flagged UTF-8 decoded by {@link EntryNameEncodingDetector}. */
  private final Parser packages = new PackageParser(new EntryNameEncodingDetector());

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    PasswordProvider passwords = context.get(PasswordProvider.class);
    String password = passwords == null ? null : passwords.getPassword(metadata);
    if (password == null) {
      packages.parse(stream, handler, metadata, context);
      return;
    }
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      try (ZipFile zip = new ZipFile(tis.getFile(), password.toCharArray())) {
        if (!hasEncryptedEntries(zip)) {
          packages.parse(tis, handler, metadata, context);
          return;
        }
        metadata.set(Metadata.CONTENT_TYPE, ZIP.toString());
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        for (FileHeader entry : zip.getFileHeaders()) {
          if (!entry.isDirectory()) {
            parseEntry(zip, entry, extractor, xhtml, metadata);
          }
        }
        xhtml.endDocument();
      }
    }
  }

  /** True when zip4j reads the file as a ZIP and at least one entry is encrypted. */
  private static boolean hasEncryptedEntries(ZipFile zip) {
    try {
      return zip.isValidZipFile() && zip.isEncrypted();
    } catch (ZipException e) {
      return false; // not a ZIP zip4j can read: Commons Compress gets its chance
    }
  }

  private static void parseEntry(ZipFile zip, FileHeader entry, EmbeddedDocumentExtractor extractor,
      XHTMLContentHandler xhtml, Metadata parent) throws IOException, SAXException {
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.RESOURCE_NAME_KEY, entry.getFileName());
    m.set(TikaCoreProperties.INTERNAL_PATH, entry.getFileName());
    m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
    if (entry.getUncompressedSize() >= 0) {
      m.set(Metadata.CONTENT_LENGTH, Long.toString(entry.getUncompressedSize()));
    }
    if (entry.getLastModifiedTimeEpoch() > 0) {
      m.set(TikaCoreProperties.MODIFIED, new Date(entry.getLastModifiedTimeEpoch()));
    }
    if (!extractor.shouldParseEmbedded(m)) {
      return;
    }
    try (InputStream in = zip.getInputStream(entry); TikaInputStream child = TikaInputStream.get(in)) {
      extractor.parseEmbedded(child, xhtml, m, true);
    } catch (ZipException e) {
      // wrong password (or, with a 1-in-256 chance for ZipCrypto, a wrong password that passed the
      // header check and then failed the checksum): the entry stays encrypted, the others are read
      Exception recorded = entry.isEncrypted()
          ? new EncryptedDocumentException("cannot decrypt ZIP entry " + entry.getFileName()
              + " with the given password: " + e.getMessage(), e)
          : e;
      EmbeddedDocumentUtil.recordEmbeddedStreamException(recorded, parent);
    }
  }
}
