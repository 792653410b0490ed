package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Opens a PKCS#7 / CMS signed-data file ({@code .p7m}, an enveloping {@code .p7s}) and hands the
 * document it carries to the unpacker as an <em>embedded child</em>, so that the signed document
 * (a PDF, an XML e-invoice, a contract) is kept in the case with its own bytes, id and text and
 * can be shown, exported and verified; Tika's own parser reads it inline as the container's text,
 * and its bytes were lost. The child is named after the container without its {@code .p7m} /
 * {@code .p7s} ending ({@code ugovor.pdf.p7m} gives {@code ugovor.pdf}).
 *
 * <p>The signers' certificate subjects (and serial numbers) go into the container's metadata
 * ({@link #SIGNER}); this parser does not verify signatures. A detached signature (no content
 * inside: it signs a file kept elsewhere) has no child and no text. An encrypted envelope (CMS
 * enveloped-data: an S/MIME encrypted message's {@code smime.p7m}) is {@code encrypted}, with its
 * recipients in {@link #RECIPIENT}; opening it needs a recipient's private key.
 *
 * <p>Cost: one streaming pass over the file. Stateless and thread-safe.
 */
public final class SignedDataParser implements Parser {

  private static final long serialVersionUID = 1L;
  /** Metadata key: one value per signer, {@code <subject DN> (serial <hex>)}. */
  public static final String SIGNER = "istraga:cms_signer";
  /** Metadata key: {@code true} when the file is a detached signature. */
  public static final String DETACHED = "istraga:cms_detached";
  /** Metadata key: {@code true} when the file is an encrypted (enveloped-data) envelope. */
  public static final String ENVELOPED = "istraga:cms_enveloped";
  /** Metadata key: one value per recipient of an encrypted envelope, {@code <issuer DN> (serial <hex>)}. */
  public static final String RECIPIENT = "istraga:cms_recipient";
  /** Bytes examined for the content type: the outer SEQUENCE header, then the OID. */
  private static final int HEAD = 32;
  /** DER of OID 1.2.840.113549.1.7.3 (id-envelopedData). */
  private static final byte[] ENVELOPED_DATA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x03};
  /** DER of OID 1.2.840.113549.1.9.16.1.23 (id-ct-authEnvelopedData). */
  private static final byte[] AUTH_ENVELOPED_DATA = {0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x09, 0x10, 0x01, 0x17};
  private static final Set<MediaType> TYPES =
      Set.of(MediaType.application("pkcs7-mime"), MediaType.application("pkcs7-signature"));

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    TikaInputStream tstream = TikaInputStream.get(CloseShieldInputStream.wrap(stream));
    if (isEnveloped(tstream)) {
      readRecipients(tstream, metadata);
      xhtml.endDocument();
      return;
    }
    stream = tstream;
    CMSSignedDataParser cms;
    try {
      cms = new CMSSignedDataParser(new JcaDigestCalculatorProviderBuilder().build(),
          CloseShieldInputStream.wrap(stream));
    } catch (CMSException | OperatorCreationException e) {
      throw new TikaException("not a readable PKCS#7 signed-data file: " + e.getMessage(), e);
    }
    try {
      CMSTypedStream content = cms.getSignedContent();
      if (content == null) {
        metadata.set(DETACHED, "true");
      } else {
        try (InputStream in = content.getContentStream()) {
          Metadata child = new Metadata();
          child.set(TikaCoreProperties.RESOURCE_NAME_KEY, childName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)));
          EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
          if (extractor.shouldParseEmbedded(child)) {
            try (TikaInputStream tis = TikaInputStream.get(CloseShieldInputStream.wrap(in))) {
              extractor.parseEmbedded(tis, xhtml, child, true);
            }
          }
          in.transferTo(java.io.OutputStream.nullOutputStream()); // the signer infos follow the content
        }
      }
      recordSigners(cms, metadata);
    } catch (CMSException e) {
      throw new TikaException("damaged PKCS#7 signed-data file: " + e.getMessage(), e);
    } finally {
      try {
        cms.close();
      } catch (IOException e) {
        // the stream is shielded; nothing of ours to release
      }
    }
    xhtml.endDocument();
  }

  /**
   * True when the file is CMS enveloped-data or authenticated-enveloped-data (an S/MIME encrypted
   * message, {@code smime-type=enveloped-data}): its content type OID comes first in the file.
   */
  static boolean isEnveloped(TikaInputStream in) throws IOException {
    in.mark(HEAD);
    byte[] head;
    try {
      head = in.readNBytes(HEAD);
    } finally {
      in.reset();
    }
    return indexOf(head, ENVELOPED_DATA) >= 0 || indexOf(head, AUTH_ENVELOPED_DATA) >= 0;
  }

  /**
   * Marks an encrypted envelope as such ({@link TikaCoreProperties#IS_ENCRYPTED}, so its status is
   * {@code encrypted}) and records who can open it: one {@link #RECIPIENT} per recipient
   * certificate (issuer and serial number) or key identifier.
   */
  private static void readRecipients(InputStream in, Metadata metadata) throws TikaException, IOException {
    metadata.set(TikaCoreProperties.IS_ENCRYPTED, "true");
    metadata.set(ENVELOPED, "true");
    CMSEnvelopedDataParser env = null;
    try {
      env = new CMSEnvelopedDataParser(in);
      for (RecipientInformation r : env.getRecipientInfos().getRecipients()) {
        RecipientId id = r.getRID();
        if (id instanceof KeyTransRecipientId k && k.getIssuer() != null) {
          metadata.add(RECIPIENT, k.getIssuer() + " (serial "
              + (k.getSerialNumber() == null ? "?" : k.getSerialNumber().toString(16)) + ")");
        } else if (id instanceof KeyTransRecipientId k && k.getSubjectKeyIdentifier() != null) {
          metadata.add(RECIPIENT, "key " + org.bouncycastle.util.encoders.Hex.toHexString(k.getSubjectKeyIdentifier()));
        } else {
          metadata.add(RECIPIENT, "recipient of type " + id.getType());
        }
      }
    } catch (CMSException | RuntimeException e) {
      // the envelope is encrypted whatever its recipient list holds; say that it could not be read
      metadata.add(RECIPIENT, "(not readable: " + e.getMessage() + ")");
    } finally {
      if (env != null) {
        env.close();
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private static void recordSigners(CMSSignedDataParser cms, Metadata metadata) throws CMSException {
    for (SignerInformation si : cms.getSignerInfos().getSigners()) {
      String who = null;
      for (Object o : cms.getCertificates().getMatches((Selector<X509CertificateHolder>) si.getSID())) {
        X509CertificateHolder c = (X509CertificateHolder) o;
        who = c.getSubject() + " (serial " + c.getSerialNumber().toString(16) + ")";
        break;
      }
      if (who == null) {
        who = si.getSID().getIssuer() + " (serial " + (si.getSID().getSerialNumber() == null
            ? "?" : si.getSID().getSerialNumber().toString(16)) + ", certificate not included)";
      }
      metadata.add(SIGNER, who);
    }
  }

  /** {@code x.pdf.p7m} → {@code x.pdf}; anything else → {@code signed-content}. */
  static String childName(String containerName) {
    if (containerName == null) {
      return "signed-content";
    }
    String lower = containerName.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".p7m", ".p7s", ".p7"}) {
      if (lower.endsWith(ext) && containerName.length() > ext.length()) {
        String base = containerName.substring(0, containerName.length() - ext.length());
        return base.contains(".") ? base : base + ".bin";
      }
    }
    return "signed-content";
  }
}
