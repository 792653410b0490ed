package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.ingest.tika.PipesConfigXml;

/**
 * Writes the tika-config.xml of the forked OCR workers: a detector that sends every input to
 * {@link OcrParser}, that parser alone (no other parser runs, so nothing else can parse or OCR
 * the file), Istraga's page-text filter, and a file-system fetcher for absolute paths (evidence
 * files and blobs of the case's store).
 */
public final class OcrTikaConfig {

  /** Name of the fetcher in the generated config. */
  public static final String FETCHER = "fs";
  /** Name of the (unused: results come back to the caller) emitter in the generated config. */
  public static final String EMITTER = "none";

  private OcrTikaConfig() {}

  /** Writes the config and returns its path. */
  public static Path write(Path file, Path scratch) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(scratch), StandardCharsets.UTF_8);
    return file;
  }

  static String render(Path scratch) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <properties>
          <detectors>
            <detector class="org.istraga.ingest.ocr.OcrDetector"/>
          </detectors>
          <parsers>
            <parser class="org.istraga.ingest.ocr.OcrParser"/>
          </parsers>
          <autoDetectParserConfig>
            <spoolToDisk>0</spoolToDisk>
            <throwOnZeroBytes>false</throwOnZeroBytes>
          </autoDetectParserConfig>
          <metadataFilters>
            <metadataFilter class="org.istraga.ingest.tika.PageTextMetadataFilter"/>
          </metadataFilters>
        %s</properties>
        """.formatted(PipesConfigXml.fetcherAndEmitter(FETCHER, EMITTER, scratch));
  }
}
