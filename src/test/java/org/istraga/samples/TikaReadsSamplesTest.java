package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.junit.jupiter.api.Test;

/**
 * Apache Tika, which the ingester uses, detects every sample as its recorded media type, parses
 * it without error, and finds the embedded documents: the PDF in the e-mail, and the memo, the
 * nested ZIP and its two files in the archive.
 */
class TikaReadsSamplesTest {

  private final JsonNode facts = CommittedSamples.facts();

  @Test
  void everySampleIsDetectedAndParsedWithItsEmbeddedDocuments() throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    for (JsonNode f : facts.get("files").get("list")) {
      String path = f.get("path").asText();
      List<Metadata> parts = parse(parser, path);
      Metadata top = parts.get(0);
      assertEquals(MediaType.parse(f.get("mediaType").asText()),
          MediaType.parse(top.get(Metadata.CONTENT_TYPE)).getBaseType(), path);
      for (Metadata m : parts) {
        assertEquals(null, m.get(TikaCoreProperties.EMBEDDED_EXCEPTION), path);
        assertEquals(null, m.get(TikaCoreProperties.CONTAINER_EXCEPTION), path);
      }
    }
  }

  @Test
  void containersExposeTheirEmbeddedDocuments() throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    List<Metadata> mail = parse(parser, facts.get("email").get("path").asText());
    assertEquals(List.of("/" + facts.get("email").get("attachmentName").asText()),
        embeddedPaths(mail));
    assertTrue(mail.get(1).get(TikaCoreProperties.TIKA_CONTENT)
        .contains(facts.get("contract").get("page3Phrase").get("latin").asText()));

    // Tika names embedded documents by their file name, without the folder inside the ZIP
    JsonNode a = facts.get("archive");
    String nested = "/" + fileName(a.get("nestedEntry").asText());
    List<String> expected = new ArrayList<>();
    expected.add("/" + fileName(a.get("memoEntry").asText()));
    expected.add(nested);
    for (JsonNode n : a.get("nestedEntries")) {
      expected.add(nested + "/" + n.asText());
    }
    List<Metadata> zip = parse(parser, a.get("path").asText());
    assertEquals(expected.stream().sorted().toList(),
        embeddedPaths(zip).stream().sorted().toList());
    Metadata memo = zip.subList(1, zip.size()).stream()
        .filter(m -> m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH).endsWith(".docx"))
        .findFirst().orElseThrow();
    assertEquals(facts.get("memo").get("creator").asText(), memo.get(TikaCoreProperties.CREATOR));
    assertEquals(facts.get("memo").get("lastModifiedBy").asText(),
        memo.get(TikaCoreProperties.MODIFIER));
  }

  private static List<Metadata> parse(AutoDetectParser parser, String path) throws Exception {
    RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
    RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
        new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1));
    try (InputStream in = Files.newInputStream(CommittedSamples.file(path))) {
      wrapper.parse(in, handler, new Metadata(), noOcr());
    }
    return handler.getMetadataList();
  }

  /** OCR is tested by ScanOcrTest; here it would only make the test slow. */
  private static ParseContext noOcr() {
    ParseContext context = new ParseContext();
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  private static String fileName(String entry) {
    return entry.substring(entry.lastIndexOf('/') + 1);
  }

  private static List<String> embeddedPaths(List<Metadata> parts) {
    return parts.subList(1, parts.size()).stream()
        .map(m -> m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH)).toList();
  }
}
