package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
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
 * 7z archives whose entries carry no modification time. The time is optional in 7z (7-Zip's
 * {@code -mtm=off}, many scripted archivers), but Tika's {@link PackageParser} asks every 7z entry
 * for it and Commons Compress throws when it is absent: the whole archive came out {@code corrupt}
 * with not one entry read. This parser reads the archive's header once; when every file entry has
 * a time, the archive goes to {@link PackageParser} unchanged, and so does any archive whose header
 * cannot be read (damaged, or encrypted without the right password: its status stays Tika's).
 * Otherwise it unpacks the entries itself, as {@link PackageParser} makes them (name, internal
 * path, size, and the time when an entry has one), through the context's {@link
 * EmbeddedDocumentExtractor}, so the limits on children, depth and bytes apply.
 *
 * <p>Cost: the archive is spooled to a temporary file when it is not one already and its header is
 * read once more than before; the decoders' memory is capped at a quarter of the heap, as a 7z
 * coder may declare a dictionary of gigabytes. Thread-safe (no state).
 */
public final class SevenZipParser implements Parser {

  private static final long serialVersionUID = 1L;
  private static final MediaType SEVEN_Z = MediaType.application("x-7z-compressed");
  private static final Set<MediaType> TYPES = Set.of(SEVEN_Z);

  private final Parser packages = new PackageParser();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    PasswordProvider passwords = context.get(PasswordProvider.class);
    String password = passwords == null ? null : passwords.getPassword(metadata);
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      if (!hasEntryWithoutTime(tis, password)) {
        packages.parse(tis, handler, metadata, context);
        return;
      }
      metadata.set(Metadata.CONTENT_TYPE, SEVEN_Z.toString());
      XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
      xhtml.startDocument();
      EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
      try (SevenZFile archive = open(tis, password)) {
        SevenZArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
          if (!entry.isDirectory() && !entry.isAntiItem()) {
            parseEntry(archive, entry, extractor, xhtml);
          }
        }
      } catch (PasswordRequiredException e) {
        throw new EncryptedDocumentException("7z archive is encrypted: " + e.getMessage(), e);
      }
      xhtml.endDocument();
    }
  }

  /** True when the header reads and some file entry has no modification time. */
  private static boolean hasEntryWithoutTime(TikaInputStream tis, String password) throws IOException {
    try (SevenZFile archive = open(tis, password)) {
      for (SevenZArchiveEntry e : archive.getEntries()) {
        if (!e.isDirectory() && !e.getHasLastModifiedDate()) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false; // unreadable header (damaged, encrypted, over the memory cap): Tika's parser reports it
    }
  }

  private static SevenZFile open(TikaInputStream tis, String password) throws IOException {
    long quarterHeapKib = Runtime.getRuntime().maxMemory() / 4 / 1024;
    SevenZFile.Builder b = SevenZFile.builder().setFile(tis.getFile())
        .setMaxMemoryLimitKiB((int) Math.min(Integer.MAX_VALUE, quarterHeapKib));
    if (password != null) {
      b.setPassword(password.toCharArray());
    }
    return b.get();
  }

  private static void parseEntry(SevenZFile archive, SevenZArchiveEntry entry, EmbeddedDocumentExtractor extractor,
      XHTMLContentHandler xhtml) throws IOException, SAXException {
    Metadata m = new Metadata();
    String name = entry.getName() == null ? "" : entry.getName();
    m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    m.set(TikaCoreProperties.INTERNAL_PATH, name);
    m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
    if (entry.hasStream()) {
      m.set(Metadata.CONTENT_LENGTH, Long.toString(entry.getSize()));
    }
    if (entry.getHasLastModifiedDate()) {
      m.set(TikaCoreProperties.MODIFIED, entry.getLastModifiedDate());
    }
    if (!extractor.shouldParseEmbedded(m)) {
      return;
    }
    // the current entry is read in archive order (a solid block is decoded once, not once per entry)
    try (TikaInputStream child = TikaInputStream.get(new CurrentEntry(archive))) {
      extractor.parseEmbedded(child, xhtml, m, true);
    }
  }

  /** The entry {@link SevenZFile#getNextEntry()} last returned, as a stream; closing it closes nothing. */
  private static final class CurrentEntry extends InputStream {
    private final SevenZFile archive;

    CurrentEntry(SevenZFile archive) {
      this.archive = archive;
    }

    @Override
    public int read() throws IOException {
      return archive.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return archive.read(b, off, len);
    }
  }
}
