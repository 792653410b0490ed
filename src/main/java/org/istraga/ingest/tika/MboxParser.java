package org.istraga.ingest.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Splits an mbox mailbox into its messages, byte for byte, and hands each to the embedded document
 * extractor as a {@code message/rfc822} child (parsed by Tika's RFC822 parser: headers, body,
 * attachments).
 *
 * <p>Tika's own {@code MboxParser} reads the mailbox as windows-1252 text and writes each line back
 * in windows-1252: the bytes that charset leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become
 * {@code ?}, so 8-bit bodies lose letters (UTF-8 Cyrillic "с", "я", "А"; windows-1251 "ђ", "Џ"),
 * and a message's stored bytes are not the bytes in the mailbox. This parser never decodes.
 *
 * <p>A message starts at a line beginning with {@code "From "} that opens the file or looks like
 * an mbox separator ({@code From sender Tue Mar 14 09:15:00 2023}). Only in a mailbox whose first
 * line is no such separator (a tool that writes its own postmarks) does any {@code "From "} line
 * after an empty line start a message. So an unquoted {@code "From "} line in a body (mboxo
 * writers quote only some, and hand-edited mailboxes none) no longer cuts a message in two.
 * The separator line is not part of the message (it is kept as {@link #FROM_LINE}); the one empty
 * line that precedes the next separator is dropped; everything else is kept as found, CRLF or LF,
 * including {@code >From } quoting (mboxo and mboxrd cannot be told apart). Messages are held in
 * memory up to {@link #IN_MEMORY} bytes and spooled to a temporary file beyond.
 *
 * <p>Cost: one sequential read of the mailbox. Not thread-safe per parse (no shared state).
 */
public final class MboxParser implements Parser {

  private static final long serialVersionUID = 1L;
  /** Metadata key of a message's mbox separator line (without {@code "From "}). */
  public static final String FROM_LINE = "MboxParser-from";
  /** Largest message kept in memory while it is cut out of the mailbox. */
  static final int IN_MEMORY = 4 << 20;
  private static final Set<MediaType> TYPES = Set.of(MediaType.application("mbox"));
  private static final Pattern SEPARATOR = Pattern.compile(
      "From \\S+ +(?:[A-Z][a-z]{2} +)?[A-Z][a-z]{2} +\\d{1,2} +\\d{1,2}:\\d{2}.*", Pattern.DOTALL);
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    metadata.set(Metadata.CONTENT_TYPE, "application/mbox");
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
    try (TemporaryResources tmp = new TemporaryResources()) {
      LineReader lines = new LineReader(stream);
      Message current = null;
      boolean previousEmpty = true;
      boolean strict = false;
      byte[] line;
      while ((line = lines.next()) != null && !Thread.currentThread().isInterrupted()) {
        if (lines.atLineStart() && startsWith(line, FROM)
            && (current == null || isSeparator(line) || previousEmpty && !strict)) {
          if (current == null) {
            strict = isSeparator(line);
          }
          if (current != null) {
            current.emit(extractor, xhtml, context);
          }
          current = new Message(fromLine(line), tmp);
          previousEmpty = false;
          continue;
        }
        previousEmpty = lines.atLineStart() && isEmptyLine(line);
        if (current != null) {
          current.add(line, lines.atLineStart());
        }
      }
      if (current != null) {
        current.emit(extractor, xhtml, context);
      }
    }
    xhtml.endDocument();
  }

  private static boolean isSeparator(byte[] line) {
    return isSeparatorLine(new String(line, StandardCharsets.ISO_8859_1));
  }

  /** True when a line (its bytes as ISO-8859-1) looks like an mbox separator, {@code From sender date}. */
  public static boolean isSeparatorLine(String line) {
    return SEPARATOR.matcher(line.stripTrailing()).matches();
  }

  private static String fromLine(byte[] line) {
    return new String(line, FROM.length, line.length - FROM.length, StandardCharsets.ISO_8859_1).strip();
  }

  private static boolean startsWith(byte[] line, byte[] prefix) {
    if (line.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmptyLine(byte[] line) {
    return line.length == 0 || line.length == 1 && line[0] == '\n'
        || line.length == 2 && line[0] == '\r' && line[1] == '\n';
  }

  /** One message being cut out: its lines, the last one held back (it may be the separator's blank). */
  private static final class Message {
    private final String fromLine;
    private final TemporaryResources tmp;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private OutputStream out = memory;
    private Path file;
    private long size;
    private byte[] held;
    private boolean heldStartsLine;

    Message(String fromLine, TemporaryResources tmp) {
      this.fromLine = fromLine;
      this.tmp = tmp;
    }

    void add(byte[] line, boolean startsLine) throws IOException {
      if (held != null) {
        write(held);
      }
      held = line;
      heldStartsLine = startsLine;
    }

    private void write(byte[] bytes) throws IOException {
      if (file == null && size + bytes.length > IN_MEMORY) {
        file = tmp.createTempFile();
        out = Files.newOutputStream(file);
        tmp.addResource(out);
        memory.writeTo(out);
        memory = null;
      }
      out.write(bytes);
      size += bytes.length;
    }

    void emit(EmbeddedDocumentExtractor extractor, XHTMLContentHandler xhtml, ParseContext context)
        throws IOException, SAXException {
      if (held != null && !(heldStartsLine && isEmptyLine(held))) {
        write(held); // the last line is content unless it is the blank line before the next separator
      }
      held = null;
      Metadata m = new Metadata();
      m.set(FROM_LINE, fromLine);
      m.set(Metadata.CONTENT_TYPE, "message/rfc822");
      m.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "message/rfc822");
      m.set(Metadata.CONTENT_LENGTH, Long.toString(size));
      if (!extractor.shouldParseEmbedded(m)) {
        return;
      }
      try (TikaInputStream in = file == null
          ? TikaInputStream.get(memory.toByteArray())
          : TikaInputStream.get(closed(file))) {
        extractor.parseEmbedded(in, xhtml, m, true);
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }

    private Path closed(Path f) throws IOException {
      out.close();
      return f;
    }
  }

  /**
   * Reads lines as bytes, each with its line end (LF or CRLF; the last may have none). A line
   * longer than {@link #PIECE} comes in pieces; {@link #atLineStart} tells whether the piece just
   * returned starts a line.
   */
  private static final class LineReader {
    private static final int PIECE = 64 * 1024;
    private final InputStream in;
    private final byte[] buf = new byte[PIECE];
    private int pos;
    private int end;
    private boolean endedLine = true;
    private boolean atLineStart;

    LineReader(InputStream in) {
      this.in = in;
    }

    byte[] next() throws IOException {
      atLineStart = endedLine;
      ByteArrayOutputStream piece = new ByteArrayOutputStream();
      while (piece.size() < PIECE) {
        if (pos == end) {
          end = Math.max(0, in.read(buf, 0, buf.length));
          pos = 0;
          if (end == 0) {
            endedLine = true;
            return piece.size() == 0 ? null : piece.toByteArray();
          }
        }
        int start = pos;
        int stop = Math.min(end, start + PIECE - piece.size());
        while (pos < stop && buf[pos] != '\n') {
          pos++;
        }
        boolean newline = pos < stop;
        if (newline) {
          pos++;
        }
        piece.write(buf, start, pos - start);
        if (newline) {
          endedLine = true;
          return piece.toByteArray();
        }
      }
      endedLine = false;
      return piece.toByteArray();
    }

    boolean atLineStart() {
      return atLineStart;
    }
  }
}
