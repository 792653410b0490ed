package org.istraga.ingest.tika;

import org.apache.tika.config.Field;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.RUnpackExtractorFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;

/**
 * Creates {@link LimitingUnpackExtractor}s: Tika's recursive unpacker (which hands every child's
 * bytes to the spool) plus Istraga's nesting-depth limit. Configured in the generated
 * tika-config.xml and instantiated inside the forked parser process.
 */
public class LimitingUnpackExtractorFactory extends RUnpackExtractorFactory {

  private static final long serialVersionUID = 1L;

  private long maxBytes = DEFAULT_MAX_EMBEDDED_BYTES_FOR_EXTRACTION;
  private int maxDepth = ExtractionLimits.DEFAULT_MAX_DEPTH;

  @Override
  @Field
  public void setMaxEmbeddedBytesForExtraction(long maxEmbeddedBytesForExtraction)
      throws org.apache.tika.exception.TikaConfigException {
    super.setMaxEmbeddedBytesForExtraction(maxEmbeddedBytesForExtraction);
    this.maxBytes = maxEmbeddedBytesForExtraction;
  }

  @Field
  public void setMaxDepth(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @Override
  public EmbeddedDocumentExtractor newInstance(Metadata metadata, ParseContext parseContext) {
    LimitingUnpackExtractor ex = new LimitingUnpackExtractor(parseContext, maxBytes, maxDepth);
    ex.setWriteFileNameToContent(false);
    return ex;
  }
}
