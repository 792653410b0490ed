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
import org.bouncycastle.cms.CMSSignedDataParser;
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
 * inside: it signs a file kept elsewhere) has no child and no text.
 *
 * <p>Cost: one streaming pass over the file. Stateless and thread-safe.
 */
public final class SignedDataParser implements Parser {

  private static final long serialVersionUID = 1L;
  /** Metadata key: one value per signer, {@code <subject DN> (serial <hex>)}. */
  public static final String SIGNER = "istraga:cms_signer";
  /** Metadata key: {@code true} when the file is a detached signature. */
  public static final String DETACHED = "istraga:cms_detached";
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
