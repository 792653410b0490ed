package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the tika-config.xml that Tika's forked parser processes load. It is generated per run
 * from the {@link ExtractionLimits} so that no static configuration is shared between runs.
 *
 * <p>What it sets, and why:
 * <ul>
 *   <li>Tika's own OCR is excluded and the PDF parser never OCRs: Tika would otherwise OCR
 *       silently whenever Tesseract is installed. OCR is Istraga's own resumable stage.
 *   <li>PDF incremental updates are parsed as embedded documents, so earlier revisions become
 *       searchable children of kind {@code revision}.
 *   <li>PDF angle detection ({@code detectAngles}) is off: it reads rotated text whole but
 *       costs 45% to 62% more CPU in Tika's PDF parsing (docs/benchmarks.md, "PDF angle
 *       detection"). The ingest turns it on, through the parse context, only to parse again a
 *       file whose PDF text came out broken into letters ({@code org.istraga.ingest.BrokenLetters}).
 *   <li>SHA-256, SHA-1 and MD5 of every embedded child are computed where the child is parsed.
 *   <li>Children's bytes go to the case's spool folder through {@link SpoolEmitter}.
 *   <li>XHTML is reduced to text with page offsets by {@link PageTextMetadataFilter}.
 *   <li>Forensic checks of every file and child run in the forked process ({@link
 *       ForensicMetadataFilter}), within a third of the per-file time limit.
 *   <li>Archive-bomb guards (compression ratio, output threshold, depth) are set.
 *   <li>Compressed streams made of several members ({@code cat a.gz b.gz}, bgzip, appended
 *       logs; the same for bzip2 and xz) are read to their end: Tika's default stops after the
 *       first member and silently drops the rest. The expansion budget still bounds them.
 *   <li>7z archives whose entries have no modification time go through {@link SevenZipParser}
 *       (Tika's PackageParser fails on them), every other 7z to PackageParser unchanged.
 *   <li>ZIPs go through {@link EncryptedZipParser}, which opens password-protected entries with
 *       the {@code --passwords} password and hands every other ZIP to Tika's PackageParser.
 *   <li>Mailboxes are split by Istraga's {@link MboxParser}, byte for byte, instead of Tika's,
 *       which re-encodes every line in windows-1252 and loses bytes of 8-bit messages.
 *   <li>PDFs go through {@link PdfParser}, Tika's PDF parser (with the settings above) that also
 *       reads the document of a PDF whose attachments alone are encrypted, and adds the visible
 *       text of signature boxes to their pages.
 *   <li>Office Open XML files go through {@link OoxmlParser}, which reads large Word and
 *       PowerPoint files with Tika's streaming extractors so that their memory stays bounded.
 *   <li>Legacy Word (.doc), Excel (.xls) and Outlook (.msg) files go through {@link
 *       LegacyOfficeParser}, Tika's OLE2 Office parser without the Word field codes and Excel
 *       header codes it writes as text and with what a message's plain-text body says that its
 *       shown body does not.
 *   <li>OpenDocument files go through {@link OdfParser}: the author and the last editor apart,
 *       tracked deletions marked where they were made, sheets and slides as pages.
 *   <li>Office Open XML Word files with tracked deletions are read from a marked copy ({@link
 *       TrackedChangeMarker}), so deleted text is searchable and cannot pass for current text.
 *   <li>RAR archives, which Istraga cannot unpack (no RAR decompressor is bundled), are listed
 *       by {@link RarListingParser}: their entry names become their searchable text.
 *   <li>Generic XML goes through {@link XmlDataParser} instead of Tika's DcXMLParser (whose Dublin
 *       Core metadata it still reads): each
 *       element's text is a field that entity recognizers do not cross, and amounts whose
 *       currency is an attribute or a sibling element are marked as amounts in that currency.
 *   <li>Types are detected by {@link MailHeaderDetector}: Tika's detection, except that an e-mail
 *       message or mailbox with an HTML body is not taken for a web page.
 *   <li>E-mail messages go through {@link MessageParser}: mime4j with Istraga's {@link
 *       MessageContentHandler} (declared body charsets, text parts at any depth, address groups,
 *       RFC 5322 dates), keeping a message's bytes and its given name when it is an embedded child.
 *   <li>Text without a declared charset is read in the charset {@link RegionalEncodingDetector}
 *       finds (after a charset an HTML file declares): Tika's default chain reads windows-1250 and
 *       ISO-8859-2 Serbian Latin as ISO-8859-1, and UTF-16 without a byte-order mark as bytes.
 *   <li>An HTML file's declared charset is checked against its bytes ({@link
 *       CheckedHtmlEncodingDetector}): a meta tag that says ISO-8859-1 over windows-1251 text, or
 *       windows-1251 over UTF-8, is overruled.
 * </ul>
 */
public final class TikaConfigWriter {

  /** Name of the file-system fetcher in the generated config. */
  public static final String FETCHER = "fs";
  /** Name of the spool emitter in the generated config. */
  public static final String EMITTER = "spool";

  /**
   * Earlier revisions unpacked from one PDF (its incremental updates), at most: a PDF of 3,000
   * updates would otherwise be 3,000 children of its page text each. Fewer when
   * {@link ExtractionLimits#maxChildren()} is lower.
   */
  public static final int MAX_PDF_REVISIONS = 100;

  private TikaConfigWriter() {}

  /**
   * Writes the config for one worker of a run and returns its path.
   *
   * @param spoolDir the worker's own spool folder (children's bytes)
   * @param dkimKeys DNS TXT records of DKIM keys for the forensic checks, or null
   */
  public static Path write(Path file, Path spoolDir, ExtractionLimits limits, Path dkimKeys) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(spoolDir, limits, dkimKeys), StandardCharsets.UTF_8);
    return file;
  }

  static String render(Path spoolDir, ExtractionLimits limits, Path dkimKeys) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <properties>
          <parsers>
            <parser class="org.apache.tika.parser.DefaultParser">
              <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
              <parser-exclude class="org.apache.tika.parser.pdf.PDFParser"/>
              <parser-exclude class="org.apache.tika.parser.mbox.MboxParser"/>
              <parser-exclude class="org.apache.tika.parser.mail.RFC822Parser"/>
              <parser-exclude class="org.apache.tika.parser.crypto.Pkcs7Parser"/>
              <parser-exclude class="org.apache.tika.parser.microsoft.ooxml.OOXMLParser"/>
              <parser-exclude class="org.apache.tika.parser.odf.OpenDocumentParser"/>
              <parser-exclude class="org.apache.tika.parser.pkg.CompressorParser"/>
              <parser-exclude class="org.apache.tika.parser.xml.DcXMLParser"/>
            </parser>
            <parser class="org.apache.tika.parser.pkg.CompressorParser">
              <params>
                <param name="decompressConcatenated" type="bool">true</param>
              </params>
            </parser>
            <parser class="org.istraga.ingest.tika.PdfParser">
              <params>
                <param name="ocrStrategy" type="string">no_ocr</param>
                <param name="extractInlineImages" type="bool">false</param>
                <param name="extractActions" type="bool">true</param>
                <param name="parseIncrementalUpdates" type="bool">true</param>
                <param name="maxIncrementalUpdates" type="int">%d</param>
                <param name="extractAnnotationText" type="bool">true</param>
                <param name="catchIntermediateIOExceptions" type="bool">true</param>
                <param name="detectAngles" type="bool">false</param>
              </params>
            </parser>
            <parser class="org.istraga.ingest.tika.EncryptedZipParser"/>
            <parser class="org.istraga.ingest.tika.SevenZipParser"/>
            <parser class="org.istraga.ingest.tika.MboxParser"/>
            <parser class="org.istraga.ingest.tika.MessageParser"/>
            <parser class="org.istraga.ingest.tika.SignedDataParser"/>
            <parser class="org.istraga.ingest.tika.OoxmlParser"/>
            <parser class="org.istraga.ingest.tika.LegacyOfficeParser"/>
            <parser class="org.istraga.ingest.tika.OdfParser"/>
            <parser class="org.istraga.ingest.tika.RarListingParser"/>
            <parser class="org.istraga.ingest.tika.XmlDataParser"/>
          </parsers>
          <detectors>
            <detector class="org.istraga.ingest.tika.MailHeaderDetector"/>
          </detectors>
          <encodingDetectors>
            <encodingDetector class="org.istraga.ingest.tika.CheckedHtmlEncodingDetector"/>
            <encodingDetector class="org.istraga.ingest.tika.RegionalEncodingDetector"/>
            <encodingDetector class="org.apache.tika.parser.txt.Icu4jEncodingDetector"/>
          </encodingDetectors>
          <autoDetectParserConfig>
            <spoolToDisk>0</spoolToDisk>
            <outputThreshold>%d</outputThreshold>
            <maximumCompressionRatio>%d</maximumCompressionRatio>
            <maximumDepth>%d</maximumDepth>
            <maximumPackageEntryDepth>%d</maximumPackageEntryDepth>
            <throwOnZeroBytes>false</throwOnZeroBytes>
            <digesterFactory class="org.apache.tika.parser.digestutils.CommonsDigesterFactory">
              <algorithmString>sha256,sha1,md5</algorithmString>
              <markLimit>1000000</markLimit>
            </digesterFactory>
            <embeddedDocumentExtractorFactory class="org.istraga.ingest.tika.LimitingUnpackExtractorFactory">
              <maxEmbeddedBytesForExtraction>%d</maxEmbeddedBytesForExtraction>
              <maxDepth>%d</maxDepth>
            </embeddedDocumentExtractorFactory>
          </autoDetectParserConfig>
          <metadataFilters>
            <metadataFilter class="org.istraga.ingest.tika.PageTextMetadataFilter"/>
            <metadataFilter class="org.istraga.ingest.tika.ForensicMetadataFilter">
              <spoolDir>%s</spoolDir>
              <dkimKeys>%s</dkimKeys>
              <timeBudgetSeconds>%d</timeBudgetSeconds>
            </metadataFilter>
          </metadataFilters>
        %s</properties>
        """.formatted(
            Math.max(1, Math.min(limits.maxChildren(), MAX_PDF_REVISIONS)),
            1_000_000L,
            limits.maxCompressionRatio(),
            1000,
            Math.max(100, limits.maxDepth() + 2),
            limits.maxChildBytes(),
            limits.maxDepth(),
            PipesConfigXml.escape(spoolDir.toAbsolutePath().toString()),
            dkimKeys == null ? "" : PipesConfigXml.escape(dkimKeys.toAbsolutePath().toString()),
            Math.max(5, limits.timeoutMillis() / 3000),
            PipesConfigXml.fetcherAndEmitter(FETCHER, EMITTER, spoolDir));
  }
}
