package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.input.UnsynchronizedByteArrayInputStream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns mime4j's events for one message into Tika's metadata, the message's text and its
 * attachments as embedded documents. It replaces Tika's own mail content handler, which
 *
 * <ul>
 *   <li>parsed the text of the message without the charset its MIME header declares, so a
 *       windows-1251, windows-1250 or ISO-8859-2 body was read in whatever charset detection
 *       guessed ("Po№tovani" for "Poštovani");
 *   <li>took the text only from parts directly under the top multipart, so the body of a message
 *       with attachments and inline images ({@code mixed > related > html}) or of an S/MIME signed
 *       message ({@code signed > mixed > plain}) became an unnamed attachment and the message had
 *       no text;
 *   <li>preferred any other type to plain text in a {@code multipart/alternative}, so a calendar
 *       invitation's text was lost to its {@code text/calendar} part;
 *   <li>kept address groups ({@code Team: a@x, b@x;}, {@code undisclosed-recipients:;}) as one
 *       string instead of their members;
 *   <li>read named zones by today's daylight rules ({@code EST} in summer as -0400).
 * </ul>
 *
 * <p>Text: every {@code text/plain} and {@code text/html} part that is not an attachment, at any
 * depth (parts inside an attached message belong to that message, which is its own child); of a
 * {@code multipart/alternative}, the richest rendering (HTML, then rich text, then plain),
 * followed by the paragraphs of the other renderings that hold words it lacks ({@link
 * AlternativeText}: a plain version that says something else is not lost), and every
 * alternative that is no rendering of the text (a calendar) is an attachment. A declared
 * charset is used when the bytes decode cleanly in it; Western defaults ({@code us-ascii},
 * {@code iso-8859-1}, {@code windows-1252}), which mail programs write whatever the text, and
 * charsets the bytes do not fit are left to detection ({@link MailCharsets}).
 *
 * <p>A multipart whose boundary never occurs (a damaged or hand-edited message) has no parts; its
 * whole content arrives as preamble, which is read again with the boundary its lines use, or as
 * plain text when it has none, so that it is not missing from the index.
 *
 * <p>Metadata keys are Tika's ({@code Message-From}, {@code Message-To}, {@code Message-Cc},
 * {@code Message-Bcc}, {@code dc:subject}, {@code dcterms:created}, {@code Message:Raw-Header:*}),
 * written by {@link MessageHeaders} from the message's own header fields.
 * One instance per message; not thread-safe. Alternatives are held in memory until their
 * multipart ends, as Tika does.
 */
final class MessageContentHandler implements ContentHandler {

  private static final String ALTERNATIVE = "multipart/alternative";
  /** Unpacks nothing: a rendering read only to compare its words is no source of children. */
  private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
        boolean outputHtml) {}
  };
  /** Largest preamble kept as text when a multipart has no part. */
  private static final int MAX_PREAMBLE = 16 << 20;
  /** Bytes of a text attachment checked against its declared charset. */
  private static final int SAMPLE = 64 * 1024;


  private final XHTMLContentHandler xhtml;
  private final Metadata metadata;
  private final ParseContext context;
  private final EmbeddedDocumentExtractor extractor;
  private final MessageHeaders headers;
  private final Deque<BodyDescriptor> multiparts = new ArrayDeque<>();
  /** Per open multipart: how many parts it has had. */
  private final Deque<int[]> partCounts = new ArrayDeque<>();
  /** True while a preamble is read again with the boundary found in it (no repair within a repair). */
  private boolean repairing;
  /** Per open multipart: its preamble, the text before its first boundary. */
  private final Deque<byte[]> preambles = new ArrayDeque<>();
  /**
   * While the chosen rendering of an alternative is written: its text, as {@link #inline} writes
   * it, for comparison with the other renderings ({@link #unshown}), so it is not parsed twice.
   */
  private StringBuilder shownText;
  /** Open multiparts at and below the outermost alternative; their parts wait for its end. */
  private final Deque<Part> alternatives = new ArrayDeque<>();

  MessageContentHandler(XHTMLContentHandler xhtml, Metadata metadata, ParseContext context, boolean strict) {
    this.xhtml = xhtml;
    this.metadata = metadata;
    this.context = context;
    this.headers = new MessageHeaders(metadata, strict);
    this.extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
  }

  // ---- headers ----

  @Override
  public void field(Field field) {
    if (multiparts.isEmpty()) { // a part's header describes the part, not the message
      headers.field(field);
    }
  }

  // ---- structure ----

  @Override
  public void startMultipart(BodyDescriptor bd) {
    multiparts.push(bd);
    partCounts.push(new int[1]);
    preambles.push(new byte[0]);
    if (!alternatives.isEmpty() || ALTERNATIVE.equalsIgnoreCase(bd.getMimeType())) {
      Part part = new Part(bd, null, null);
      if (!alternatives.isEmpty()) {
        alternatives.peek().children.add(part);
      }
      alternatives.push(part);
    }
  }

  @Override
  public void endMultipart() throws MimeException {
    try {
      if (!partCounts.isEmpty() && partCounts.peek()[0] == 0 && preambles.peek().length > 0) {
        withoutParts(preambles.peek());
      }
      endAlternative();
    } catch (IOException e) {
      throw new MimeException(e);
    }
    if (!multiparts.isEmpty()) {
      multiparts.pop();
      partCounts.pop();
      preambles.pop();
    }
  }

  /**
   * A multipart with no part: its declared boundary never occurs, and everything came as preamble.
   * When the preamble holds another boundary (a line {@code --x} followed by a {@code Content-}
   * field: a program that rewrote the header's boundary and not the body's), the preamble is read
   * again as a multipart with that boundary; otherwise it is the message's text, so that it is not
   * missing from the index.
   */
  private void withoutParts(byte[] preamble) throws MimeException, IOException {
    String boundary = repairing ? null : boundaryIn(preamble);
    if (boundary != null) {
      repairing = true;
      try {
        MimeStreamParser parser = new MimeStreamParser(
            new MimeConfig.Builder().setMaxLineLen(100_000).setMaxHeaderLen(100_000).build(),
            null, new DefaultBodyDescriptorBuilder());
        parser.setContentHandler(this);
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        byte[] head = ("Content-Type: " + multiparts.peek().getMimeType() + "; boundary=\"" + boundary + "\"\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        parser.parse(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
            new java.io.ByteArrayInputStream(preamble)));
      } finally {
        repairing = false;
      }
    } else if (alternatives.isEmpty()) {
      inline(textPart(), preamble, null);
    } else {
      alternatives.peek().children.add(new Part(null, textPart(), new Leaf(preamble, null)));
    }
  }

  /** The boundary of the first line {@code --x} directly followed by a {@code Content-} field, or null. */
  static String boundaryIn(byte[] preamble) {
    String text = new String(preamble, 0, Math.min(preamble.length, 1 << 20), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^--([!-~](?:[ -~]{0,68}[!-~])?)\\r?\n(?i:content-)").matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static Metadata textPart() {
    Metadata m = new Metadata();
    m.set(Metadata.CONTENT_TYPE, "text/plain");
    return m;
  }

  private void endAlternative() throws MimeException, IOException {
    if (alternatives.size() == 1) {
      emit(alternatives.pop());
    } else if (alternatives.size() > 1) {
      alternatives.pop();
    }
  }

  @Override
  public void startBodyPart() throws MimeException {
    if (!partCounts.isEmpty()) {
      partCounts.peek()[0]++;
    }
    if (alternatives.isEmpty()) {
      sax(() -> {
        xhtml.startElement("div", "class", "email-entry");
        xhtml.startElement("p");
      });
    }
  }

  @Override
  public void endBodyPart() throws MimeException {
    if (alternatives.isEmpty()) {
      sax(() -> {
        xhtml.endElement("p");
        xhtml.endElement("div");
      });
    }
  }

  @Override
  public void body(BodyDescriptor bd, InputStream is) throws MimeException, IOException {
    Metadata part = partMetadata(bd);
    String charset = MailCharsets.declared(bd);
    if (!alternatives.isEmpty()) {
      alternatives.peek().children.add(new Part(null, part, new Leaf(is.readAllBytes(), charset)));
    } else if (isText(part)) {
      inline(part, is.readAllBytes(), charset);
    } else {
      try (TikaInputStream tis = TikaInputStream.get(is)) {
        attachment(tis, part, charset);
      }
    }
  }

  /**
   * A text attachment is read in the charset its MIME header declares, when its first {@link
   * #SAMPLE} bytes fit it (as a body is); any other attachment goes to the extractor as it is.
   */
  private void attachment(TikaInputStream tis, Metadata part, String declared) throws MimeException, IOException {
    String type = part.get(Metadata.CONTENT_TYPE);
    if (declared == null || !"text/plain".equalsIgnoreCase(type) && !"text/html".equalsIgnoreCase(type)) {
      embedded(tis, part);
      return;
    }
    tis.mark(SAMPLE);
    byte[] sample;
    try {
      sample = tis.readNBytes(SAMPLE);
    } finally {
      tis.reset();
    }
    Charset charset = MailCharsets.fitting(declared, sample, sample.length == SAMPLE);
    EncodingDetector before = context.get(EncodingDetector.class);
    if (charset != null) {
      context.set(EncodingDetector.class, MailCharsets.detector(charset));
    }
    try {
      embedded(tis, part);
    } finally {
      context.set(EncodingDetector.class, before);
    }
  }

  /** Emits a buffered alternative: its richest rendering as text, its other kinds as attachments. */
  private void emit(Part part) throws MimeException, IOException {
    if (part == null) {
      return;
    }
    if (part.leaf != null) {
      if (isText(part.metadata)) {
        inline(part.metadata, part.leaf.bytes, part.leaf.charset);
      } else {
        try (TikaInputStream tis = TikaInputStream.get(part.leaf.bytes)) {
          attachment(tis, part.metadata, part.leaf.charset);
        }
      }
      return;
    }
    if (!ALTERNATIVE.equalsIgnoreCase(part.descriptor.getMimeType())) {
      for (Part child : part.children) {
        emit(child);
      }
      return;
    }
    Part best = null;
    for (Part child : part.children) {
      if (score(child) > 0 && (best == null || score(child) > score(best))) {
        best = child;
      }
    }
    List<Part> others = new ArrayList<>();
    StringBuilder shown = new StringBuilder();
    for (Part child : part.children) {
      if (child == best) {
        StringBuilder outer = shownText;
        shownText = shown; // the chosen rendering's text, kept as it is written, to compare
        try {
          emit(child);
        } finally {
          shownText = outer;
        }
        if (outer != null) {
          outer.append(shown);
        }
      } else if (best == null || child.leaf != null && score(child) == 0) {
        emit(child); // what is no rendering of the text (a calendar)
      } else {
        others.add(child);
      }
    }
    if (best != null && !others.isEmpty()) {
      unshown(shown.toString(), others);
    }
  }

  /**
   * Adds, after the shown rendering (whose text is {@code shown}), the paragraphs of the other
   * renderings (plain beside HTML) that hold words the shown one lacks ({@link AlternativeText});
   * files inside them that are no rendering of the text (an image of a {@code related} part) are
   * attachments, as in the shown one.
   */
  private void unshown(String shown, List<Part> others) throws MimeException, IOException {
    List<String> added = new ArrayList<>();
    for (Part other : others) {
      List<Part> files = new ArrayList<>();
      StringBuilder plain = new StringBuilder();
      StringBuilder html = new StringBuilder();
      if (read(other, plain, html)) {
        added.addAll(AlternativeText.unshownParagraphs(shown, plain.toString(), false));
        added.addAll(AlternativeText.unshownParagraphs(shown, html.toString(), true));
      }
      collectFiles(other, files);
      for (Part file : files) {
        emit(file);
      }
    }
    if (!added.isEmpty()) {
      sax(() -> {
        xhtml.startElement("div", "class", "email-alternative");
        for (String paragraph : added) {
          xhtml.element("p", paragraph);
        }
        xhtml.endElement("div");
      });
    }
  }

  /**
   * Appends the text of every plain-text leaf of {@code part} (its own text, no attachment) to
   * {@code plain} and of every HTML leaf to {@code html}.
   */
  private void textOf(Part part, StringBuilder plain, StringBuilder html) throws MimeException, IOException {
    if (part.leaf == null) {
      for (Part child : part.children) {
        textOf(child, plain, html);
      }
      return;
    }
    if (!isText(part.metadata)) {
      return;
    }
    boolean isHtml = "text/html".equalsIgnoreCase(part.metadata.get(Metadata.CONTENT_TYPE));
    BodyContentHandler text = new BodyContentHandler(-1);
    EmbeddedDocumentExtractor before = context.get(EmbeddedDocumentExtractor.class);
    context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED); // read for comparison only
    try {
      if (parseText(part.metadata, part.leaf.bytes, part.leaf.charset, text)) {
        (isHtml ? html : plain).append(text).append('\n');
      }
    } finally {
      context.set(EmbeddedDocumentExtractor.class, before);
    }
  }

  /**
   * {@link #textOf}, or false, with a warning in the message's metadata, when a rendering cannot
   * be read for comparison: the message keeps its shown text, as before the comparison existed.
   */
  private boolean read(Part part, StringBuilder plain, StringBuilder html) {
    try {
      textOf(part, plain, html);
      return true;
    } catch (MimeException | IOException | RuntimeException e) {
      metadata.add(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING,
          "alternative rendering not compared: " + e);
      return false;
    }
  }

  /** The leaves of {@code part} that are no rendering of the text (score 0): its files. */
  private static void collectFiles(Part part, List<Part> files) {
    if (part.leaf == null) {
      for (Part child : part.children) {
        collectFiles(child, files);
      }
    } else if (score(part) == 0) {
      files.add(part);
    }
  }

  /** HTML 3, rich text 2, plain text 1, a multipart holding any of them its best, anything else 0. */
  private static int score(Part part) {
    if (part.leaf == null) {
      int best = 0;
      for (Part child : part.children) {
        best = Math.max(best, score(child));
      }
      return best;
    }
    if (TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString()
        .equals(part.metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
      return 0;
    }
    String type = part.metadata.get(Metadata.CONTENT_TYPE);
    if ("text/html".equalsIgnoreCase(type)) {
      return 3;
    }
    if ("application/rtf".equalsIgnoreCase(type) || "text/enriched".equalsIgnoreCase(type)) {
      return 2;
    }
    return "text/plain".equalsIgnoreCase(type) ? 1 : 0;
  }

  /** A plain-text or HTML part that is not an attachment: part of the message's own text. */
  private static boolean isText(Metadata part) {
    if (TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString()
        .equals(part.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
      return false;
    }
    String type = part.get(Metadata.CONTENT_TYPE);
    return "text/plain".equalsIgnoreCase(type) || "text/html".equalsIgnoreCase(type);
  }

  /** Writes a text part into the message's text, in its declared charset when that fits. */
  private void inline(Metadata part, byte[] bytes, String declared) throws MimeException, IOException {
    org.xml.sax.ContentHandler target = new EmbeddedContentHandler(new BodyContentHandler(xhtml));
    BodyContentHandler copy = shownText == null ? null : new BodyContentHandler(-1);
    if (parseText(part, bytes, declared, copy == null ? target : new TeeContentHandler(target, copy))) {
      if (copy != null) {
        shownText.append(copy).append('\n');
      }
    } else {
      try (TikaInputStream tis = TikaInputStream.get(bytes)) {
        embedded(tis, part);
      }
    }
  }

  /**
   * Parses a text part into {@code target}, in its declared charset when that fits; false, with
   * nothing written, when no text parser is at hand.
   */
  private boolean parseText(Metadata part, byte[] bytes, String declared, org.xml.sax.ContentHandler target)
      throws MimeException, IOException {
    boolean html = "text/html".equalsIgnoreCase(part.get(Metadata.CONTENT_TYPE));
    Parser parser = html
        ? EmbeddedDocumentUtil.tryToFindExistingLeafParser(JSoupParser.class, context)
        : EmbeddedDocumentUtil.tryToFindExistingLeafParser(TXTParser.class, context);
    boolean csvParser = false;
    if (parser == null && !html) {
      parser = EmbeddedDocumentUtil.tryToFindExistingLeafParser(TextAndCSVParser.class, context);
      csvParser = true;
    }
    if (parser == null) {
      return false;
    }
    Charset charset = MailCharsets.fitting(declared, bytes);
    EncodingDetector before = context.get(EncodingDetector.class);
    if (charset != null) {
      context.set(EncodingDetector.class, MailCharsets.detector(charset));
    }
    try {
      Metadata inline = new Metadata();
      inline.set(Metadata.CONTENT_TYPE, part.get(Metadata.CONTENT_TYPE));
      if (csvParser) {
        inline.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, MediaType.TEXT_PLAIN.toString());
      }
      parser.parse(UnsynchronizedByteArrayInputStream.builder().setByteArray(bytes).get(),
          target, inline, context);
    } catch (SAXException | TikaException e) {
      throw new MimeException(e);
    } finally {
      context.set(EncodingDetector.class, before);
    }
    return true;
  }

  private void embedded(TikaInputStream tis, Metadata part) throws MimeException, IOException {
    if (part.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE) == null) {
      part.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
    }
    try {
      if (extractor.shouldParseEmbedded(part)) {
        extractor.parseEmbedded(tis, xhtml, part, false);
      }
    } catch (SAXException e) {
      throw new MimeException(e);
    }
  }

  /** A part's type, charset, disposition and file name, as Tika records them. */
  private Metadata partMetadata(BodyDescriptor bd) {
    Metadata m = new Metadata();
    m.set(Metadata.CONTENT_TYPE, bd.getMimeType());
    m.set(Metadata.CONTENT_ENCODING, bd.getCharset());
    if (!multiparts.isEmpty()) {
      m.set(Message.MULTIPART_SUBTYPE, multiparts.peek().getSubType());
      m.set(Message.MULTIPART_BOUNDARY, multiparts.peek().getBoundary());
    }
    if (!(bd instanceof MaximalBodyDescriptor body)) {
      return m;
    }
    String disposition = body.getContentDispositionType();
    if (disposition != null && !disposition.isEmpty()) {
      StringBuilder value = new StringBuilder(disposition);
      if ("attachment".equalsIgnoreCase(disposition)) {
        m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
      } else if ("inline".equalsIgnoreCase(disposition)) {
        m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.INLINE.toString());
      }
      for (Map.Entry<String, String> p : body.getContentDispositionParameters().entrySet()) {
        value.append("; ").append(p.getKey()).append("=\"").append(p.getValue()).append('"');
      }
      m.set(Metadata.CONTENT_DISPOSITION, value.toString());
    }
    String typeName = body.getContentTypeParameters() == null ? null : body.getContentTypeParameters().get("name");
    if (typeName != null && !typeName.isBlank()) {
      m.set(TikaCoreProperties.RESOURCE_NAME_KEY, DecoderUtil.decodeEncodedWords(typeName, DecodeMonitor.SILENT));
    }
    String fileName = body.getContentDispositionFilename();
    if (fileName != null && !fileName.isBlank()) {
      m.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    if (body.getContentId() != null) {
      m.set("Content-ID", body.getContentId());
    }
    String location = body.getContentLocation();
    if (location != null && !location.isBlank()) {
      m.set("Content-Location", location);
      if (m.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null) {
        String name = locationName(location);
        if (name != null) {
          m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name); // a saved page's logo.png
        }
      }
    }
    return m;
  }

  /**
   * The file name at the end of a part's Content-Location (a web page saved as MHTML names its
   * images and frames only there), without query or fragment; null if the path ends in "/".
   */
  static String locationName(String location) {
    String s = location.strip();
    int cut = s.length();
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    s = s.substring(0, cut);
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    String name = s.substring(slash + 1);
    if (name.isEmpty() || name.length() > 255 || name.contains(":")) {
      return null;
    }
    try {
      name = java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a stray % is kept as written
    }
    return name.isBlank() ? null : name;
  }

  @Override
  public void startMessage() {}

  @Override
  public void endMessage() {}

  @Override
  public void startHeader() {}

  @Override
  public void endHeader() {}

  /** Kept (up to {@link #MAX_PREAMBLE} bytes) in case the multipart turns out to have no part. */
  @Override
  public void preamble(InputStream is) throws IOException {
    if (!preambles.isEmpty()) {
      preambles.pop();
      preambles.push(is.readNBytes(MAX_PREAMBLE));
    }
  }

  @Override
  public void epilogue(InputStream is) {}

  @Override
  public void raw(InputStream is) {}

  private interface SaxAction {
    void run() throws SAXException;
  }

  private static void sax(SaxAction action) throws MimeException {
    try {
      action.run();
    } catch (SAXException e) {
      throw new MimeException(e);
    }
  }

  /** A buffered part of an alternative: a multipart (descriptor and children) or a leaf. */
  private static final class Part {
    final BodyDescriptor descriptor;
    final Metadata metadata;
    final Leaf leaf;
    final List<Part> children = new ArrayList<>();

    Part(BodyDescriptor descriptor, Metadata metadata, Leaf leaf) {
      this.descriptor = descriptor;
      this.metadata = metadata;
      this.leaf = leaf;
    }
  }

  private record Leaf(byte[] bytes, String charset) {}

}
