package org.istraga.ingest.tika;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Currency;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.sax.XHTMLContentHandler;
import org.istraga.document.DataField;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of an XML document of any vocabulary into XHTML in which every element's
 * text is its own field ({@code <p class="istraga-field">}), and a value whose meaning the
 * structure states carries it: {@code data-kind="money" data-currency="RSD"} for an amount in a
 * currency, {@code data-kind="tax-id"}, {@code registration-number} or {@code company-id} for an
 * identifier, {@code organization} for a party's name (see {@link #kindOf}). {@link
 * XhtmlTextConverter} turns the fields into paragraphs that entity recognizers never cross and
 * reports the spans of the fields of a kind.
 *
 * <p>An element is an amount in a currency when:
 *
 * <ul>
 *   <li>it has a currency attribute ({@code currencyID} of UBL and eForms, {@code Ccy} of ISO
 *       20022, {@code currency}, {@code currencyCode}, {@code curr}, {@code cur}; any namespace,
 *       any letter case) whose value is an ISO 4217 code: {@code <cbc:PayableAmount
 *       currencyID="RSD">3300000.00</cbc:PayableAmount>}, {@code <InstdAmt Ccy="EUR">};
 *   <li>or it is an amount element ({@code amount}, {@code amt}, {@code value}, {@code sum},
 *       {@code iznos}) next to a sibling currency element ({@code currency}, {@code
 *       currencyCode}, {@code ccy}, {@code curr}, {@code valuta}) whose text is an ISO 4217 code,
 *       with nothing between the two: {@code <value><amount>1500</amount><currency>EUR
 *       </currency></value>} as OCDS writes it, in either order.
 * </ul>
 *
 * Whether the text is a number is decided where the mention is made (as an XML decimal, the
 * point always the decimal separator); the handler only marks the field. A document-level
 * currency ({@code DocumentCurrencyCode}) is not applied to other elements: UBL requires a
 * {@code currencyID} on every amount, and in other vocabularies a number without its own
 * currency may be a quantity, a rate or a count.
 *
 * <p>Attribute values are not text (as in Tika's XML parser); whitespace between elements is
 * dropped. Memory: a stack of one small frame per open element, and the text of at most one
 * amount element held back (at most {@value #MAX_HELD} chars) until its next sibling shows
 * whether it is a currency; all other text streams through, except the base64 text of a binary
 * object (a file carried inside the XML, {@link #isBinaryObject}), which is collected (at most
 * {@value #MAX_BINARY_CHARS} chars), decoded and handed to {@link Attachments} as a child
 * document instead of becoming text. Not thread-safe: one per parse.
 */
final class XmlDataHandler extends DefaultHandler {

  /** Longest text of an amount element held back while its sibling currency is awaited. */
  static final int MAX_HELD = 64;

  /**
   * Longest base64 text of one binary object read (48 MiB of bytes); a longer object is
   * skipped, counted in {@link #SKIPPED_BINARY_OBJECTS}.
   */
  static final int MAX_BINARY_CHARS = 64 << 20;

  /** Metadata key: binary objects not unpacked (too large, or their base64 broken). */
  static final String SKIPPED_BINARY_OBJECTS = "istraga:xml_binary_objects_skipped";

  /**
   * Where a file carried inside the XML as base64 goes: an e-invoice's PDF
   * ({@code <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="F-117.pdf">}).
   */
  interface Attachments {
    /** Hands over the decoded bytes of one binary object, named by {@code filename} (or null). */
    void attach(byte[] bytes, String filename) throws SAXException;

    /** Counts a binary object that could not be unpacked. */
    void skipped();
  }

  private static final Set<String> CURRENCY_ATTRIBUTES =
      Set.of("currencyid", "currency", "currencycode", "ccy", "curr", "cur");
  private static final Set<String> AMOUNT_ELEMENTS = Set.of("amount", "amt", "value", "sum", "iznos");
  private static final Set<String> CURRENCY_ELEMENTS =
      Set.of("currency", "currencycode", "ccy", "curr", "valuta");
  private static final Set<String> TAX_ID_ELEMENTS = Set.of("pib", "vatid", "vatnumber",
      "vatregistrationnumber", "taxid", "taxnumber", "taxidentificationnumber",
      "taxregistrationnumber", "poreskiidentifikacionibroj", "poreskibroj");
  private static final Set<String> REGISTRATION_ELEMENTS = Set.of("mb", "maticnibroj",
      "registrationnumber", "companyregistrationnumber", "companynumber");
  private static final Set<String> ISO_4217 =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  /** One open element. */
  private static final class Frame {
    final String name;
    /** ISO code this element's value is an amount in, or null. */
    String currency;
    /** What the structure says this element's value is ({@link #kindOf}), or null. */
    String kind;
    /** An amount element whose text is held back until its next sibling is seen. */
    boolean holding;
    /** The first chars of the element's own text (a currency element's code). */
    final StringBuilder text = new StringBuilder();
    boolean longText;
    /** Non-blank text seen directly in this element: its child elements are inline. */
    boolean ownText;
    /** Inside mixed content: text joins the enclosing paragraph. */
    boolean inline;
    /** A binary object (base64): its text is collected here, never written; null otherwise. */
    StringBuilder binary;
    /** The binary object's file name, if its element gives one. */
    String filename;
    /** The binary object's text was longer than {@link #MAX_BINARY_CHARS}. */
    boolean binaryTooLong;

    Frame(String name) {
      this.name = name;
    }
  }

  private static final char[] SPACE = {' '};
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private final XHTMLContentHandler xhtml;
  private final Deque<Frame> open = new ArrayDeque<>();
  private boolean inParagraph;
  /** The last char written was whitespace. */
  private boolean lastWasSpace;
  /** A closed amount element without a currency, waiting for a sibling currency element. */
  private String held;
  private int heldDepth = -1;
  /** The code of a currency element just closed, at depth {@link #lastCurrencyDepth}. */
  private String lastCurrency;
  private int lastCurrencyDepth = -1;

  private final Attachments attachments;

  XmlDataHandler(XHTMLContentHandler xhtml, Attachments attachments) {
    this.xhtml = xhtml;
    this.attachments = attachments;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = local(localName, qName);
    int depth = open.size() + 1;
    Frame f = new Frame(name);
    Frame parent = open.peek();
    if (parent != null && parent.holding) {
      // an amount element with children is not a value: what it held is text of its own
      parent.holding = false;
      closeParagraph();
      flushHeldText(parent);
    }
    if (parent != null && (parent.inline || parent.ownText)) {
      // mixed content ("<p>Text <b>bold</b> more</p>"): the child is part of the paragraph
      f.inline = true;
      if (inParagraph && !lastWasSpace) {
        write(SPACE, 0, 1); // as Tika's XML parser does between elements
      }
      open.push(f);
      return;
    }
    closeParagraph();
    if (held != null && !(depth == heldDepth && CURRENCY_ELEMENTS.contains(name))) {
      releaseHeld(null);
    }
    if (isBinaryObject(name, atts)) {
      f.binary = new StringBuilder();
      f.filename = filenameAttribute(atts);
      lastCurrency = null;
      open.push(f);
      return;
    }
    f.currency = currencyAttribute(atts);
    f.kind = kindOf(name, parent == null ? "" : parent.name, atts);
    if (f.currency == null && AMOUNT_ELEMENTS.contains(name)) {
      if (lastCurrency != null && lastCurrencyDepth == depth) {
        f.currency = lastCurrency; // <currency>EUR</currency><amount>12</amount>
      } else {
        f.holding = true;
      }
    }
    lastCurrency = null;
    open.push(f);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    Frame f = open.pop();
    if (f.inline) {
      return;
    }
    closeParagraph();
    if (f.binary != null) {
      unpack(f);
      return;
    }
    int depth = open.size() + 1;
    if (lastCurrency != null && depth < lastCurrencyDepth) {
      lastCurrency = null;
    }
    if (f.holding) {
      held = f.text.toString();
      heldDepth = depth;
      return;
    }
    String code = f.longText ? null : f.text.toString().strip();
    boolean isCurrency = CURRENCY_ELEMENTS.contains(f.name) && code != null && ISO_4217.contains(code);
    if (held != null && depth == heldDepth) {
      // the currency element after a held amount: the amount is in its code if it is one
      releaseHeld(isCurrency ? code : null);
      if (!f.text.toString().isBlank()) {
        field(f.text.toString(), null); // the currency element's own text, held with it
      }
      return;
    }
    if (held != null && depth < heldDepth) {
      releaseHeld(null);
    }
    if (isCurrency) {
      lastCurrency = code;
      lastCurrencyDepth = depth;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    Frame f = open.peek();
    if (f == null || length == 0) {
      return; // outside the root only whitespace is allowed
    }
    if (f.binary != null) {
      collect(f, ch, start, length);
      return;
    }
    boolean blank = isBlank(ch, start, length);
    if (f.inline) {
      if (!blank && !inParagraph) {
        openParagraph(null, null);
      }
      if (inParagraph) {
        write(ch, start, length);
      }
      return;
    }
    boolean waiting = held != null && open.size() == heldDepth;
    if (blank && !inParagraph && !f.holding && !waiting) {
      return; // indentation between elements
    }
    if (!blank) {
      f.ownText = true;
      if (held != null && !waiting) {
        releaseHeld(null);
      }
      lastCurrency = null;
    }
    boolean fits = !f.longText && f.text.length() + length <= MAX_HELD;
    if (fits) {
      f.text.append(ch, start, length);
    } else {
      f.longText = true;
    }
    if (f.holding || waiting) {
      if (fits) {
        return; // written when the sibling is known
      }
      // too long for an amount or a currency code: write what was held, then go on
      if (f.holding) {
        f.holding = false;
      } else {
        releaseHeld(null);
      }
      flushHeldText(f);
    }
    if (!inParagraph) {
      openParagraph(f.currency == null ? f.kind : null, f.currency);
    }
    write(ch, start, length);
  }

  private void write(char[] ch, int start, int length) throws SAXException {
    xhtml.characters(ch, start, length);
    lastWasSpace = Character.isWhitespace(ch[start + length - 1]);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // indentation
  }

  @Override
  public void endDocument() throws SAXException {
    closeParagraph();
    if (held != null) {
      releaseHeld(null);
    }
  }

  /** Writes the held amount element's text, as an amount in {@code code} or as a plain field. */
  private void releaseHeld(String code) throws SAXException {
    String h = held;
    held = null;
    heldDepth = -1;
    if (!h.isBlank()) {
      field(h, code);
    }
  }

  /** An amount element turned out to have children or long text: its text so far is a field. */
  private void flushHeldText(Frame f) throws SAXException {
    if (!f.text.toString().isBlank()) {
      openParagraph(null, null);
      String t = f.text.toString();
      write(t.toCharArray(), 0, t.length());
    }
  }

  private void field(String text, String code) throws SAXException {
    closeParagraph();
    openParagraph(null, code);
    write(text.toCharArray(), 0, text.length());
    closeParagraph();
  }

  private void openParagraph(String kind, String currency) throws SAXException {
    AttributesImpl a = new AttributesImpl();
    a.addAttribute("", "class", "class", "CDATA", XhtmlTextConverter.FIELD_CLASS);
    if (currency != null) {
      a.addAttribute("", "data-kind", "data-kind", "CDATA", DataField.MONEY);
      a.addAttribute("", "data-currency", "data-currency", "CDATA", currency);
    } else if (kind != null) {
      a.addAttribute("", "data-kind", "data-kind", "CDATA", kind);
    }
    xhtml.startElement("p", a);
    inParagraph = true;
    lastWasSpace = true;
  }

  private void closeParagraph() throws SAXException {
    if (inParagraph) {
      xhtml.endElement("p");
      inParagraph = false;
    }
  }

  /** Adds a binary object's text as written, up to {@link #MAX_BINARY_CHARS}. */
  private static void collect(Frame f, char[] ch, int start, int length) {
    if (f.binaryTooLong) {
      return;
    }
    if (f.binary.length() + length > MAX_BINARY_CHARS) {
      f.binaryTooLong = true;
      f.binary.setLength(0);
      f.binary.trimToSize();
      return;
    }
    f.binary.append(ch, start, length);
  }

  /**
   * A closed binary object: its bytes go to {@link #attachments}; text that is not base64 is a
   * field as any element's text (a vocabulary that names a text element "…BinaryObject").
   */
  private void unpack(Frame f) throws SAXException {
    if (f.binaryTooLong) {
      attachments.skipped();
      return;
    }
    String written = f.binary.toString().strip();
    if (written.isEmpty()) {
      return;
    }
    byte[] bytes;
    try {
      // base64 as producers wrap it: line breaks and spaces between the groups, nothing else
      bytes = Base64.getDecoder().decode(BLANKS.matcher(written).replaceAll(""));
    } catch (IllegalArgumentException notBase64) {
      if (written.length() <= 100_000) {
        field(written, null);
      } else {
        attachments.skipped();
      }
      return;
    }
    attachments.attach(bytes, f.filename);
  }

  /**
   * Whether an element holds a file as base64: its name ends in {@code BinaryObject} (UBL's
   * {@code EmbeddedDocumentBinaryObject}, UN/CEFACT's {@code AttachmentBinaryObject}) or it
   * declares the file's type in a {@code mimeCode} attribute.
   */
  static boolean isBinaryObject(String name, Attributes atts) {
    if (name.endsWith("binaryobject")) {
      return true;
    }
    for (int i = 0; i < atts.getLength(); i++) {
      if (local(atts.getLocalName(i), atts.getQName(i)).equals("mimecode")) {
        return true;
      }
    }
    return false;
  }

  /** The {@code filename} (or {@code fileName}) attribute's value, stripped; null if none. */
  private static String filenameAttribute(Attributes atts) {
    for (int i = 0; i < atts.getLength(); i++) {
      if (local(atts.getLocalName(i), atts.getQName(i)).equals("filename")) {
        String v = atts.getValue(i).strip();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  /** The ISO 4217 code of an element's currency attribute, or null. */
  static String currencyAttribute(Attributes atts) {
    for (int i = 0; i < atts.getLength(); i++) {
      String n = local(atts.getLocalName(i), atts.getQName(i));
      if (CURRENCY_ATTRIBUTES.contains(n)) {
        String v = atts.getValue(i).strip();
        if (ISO_4217.contains(v)) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * What an element's value is, by its name, its parent's name or its scheme: {@code
   * schemeID="9948"} (the electronic address scheme of Serbian VAT numbers, as in UBL's
   * EndpointID) and names such as
   * {@code TaxID}, {@code VATNumber}, {@code PIB} say a PIB; {@code RegistrationNumber}, {@code
   * CompanyNumber}, {@code MaticniBroj}, {@code MB} say a matični broj; {@code CompanyID} says
   * one of the two (UBL writes the VAT id in PartyTaxScheme/CompanyID and the registration
   * number in PartyLegalEntity/CompanyID). The entity step accepts such a value only with the
   * identifier's length and check digit. A {@code Name} in a {@code PartyName} or a {@code
   * RegistrationName} in a {@code PartyLegalEntity} (UBL and eForms) is the name of a party, an
   * organization. Null for other elements.
   */
  static String kindOf(String name, String parent, Attributes atts) {
    if ((name.equals("name") && parent.equals("partyname"))
        || (name.equals("registrationname") && parent.equals("partylegalentity"))) {
      return DataField.ORGANIZATION;
    }
    for (int i = 0; i < atts.getLength(); i++) {
      String n = local(atts.getLocalName(i), atts.getQName(i));
      if ((n.equals("schemeid") || n.equals("scheme")) && "9948".equals(atts.getValue(i).strip())) {
        return DataField.TAX_ID;
      }
    }
    if (TAX_ID_ELEMENTS.contains(name)) {
      return DataField.TAX_ID;
    }
    if (REGISTRATION_ELEMENTS.contains(name)) {
      return DataField.REGISTRATION_NUMBER;
    }
    return name.equals("companyid") ? DataField.COMPANY_ID : null;
  }

  /** The local name, lower-case, whether or not the reader reports namespaces. */
  private static String local(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    int colon = n.indexOf(':');
    return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(char[] ch, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (!Character.isWhitespace(ch[i])) {
        return false;
      }
    }
    return true;
  }
}
