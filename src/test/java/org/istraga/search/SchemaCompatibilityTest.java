package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case records its index schema version and analysis settings in case.json; a case from
 * another schema or analysis is refused with a clear message (exit 5), never misread.
 */
class SchemaCompatibilityTest {

  @TempDir Path dir;

  private Path caseWithConfig(java.util.function.Consumer<ObjectNode> edit) throws IOException {
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(SearchFixtures.record("/evidence/a.txt", "ugovor")));
    Path config = kase.layout().config();
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Files.readString(config, StandardCharsets.UTF_8));
    edit.accept(json);
    Files.writeString(config, Json.mapper().writeValueAsString(json), StandardCharsets.UTF_8);
    return kase.root();
  }

  @Test
  void caseJsonRecordsSchemaAndAnalysis() throws IOException {
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(SearchFixtures.record("/evidence/a.txt", "ugovor")));
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Files.readString(kase.layout().config(), StandardCharsets.UTF_8));
    assertEquals(IndexSchema.VERSION, json.get("schema_version").asInt());
    assertEquals(Analyzers.describe().get(IndexSchema.STEM_SR), json.get("analysis").get(IndexSchema.STEM_SR).asText());
    assertEquals(ExitCode.OK, Cli.run("search", "--case", kase.root().toString(), "ugovor").code());
  }

  @Test
  void otherSchemaVersionIsRefused() throws IOException {
    Path root = caseWithConfig(j -> j.put("schema_version", IndexSchema.VERSION - 1));
    for (String cmd : List.of("search", "facets", "show")) {
      Cli.Result r = Cli.run(cmd, "--case", root.toString(), cmd.equals("show") ? "abcd" : "ugovor");
      assertEquals(ExitCode.INCOMPATIBLE, r.code(), r::toString);
      assertTrue(r.err().contains("index schema " + (IndexSchema.VERSION - 1)) && r.err().contains("re-ingest"), r.err());
    }
  }

  @Test
  void otherAnalysisIsRefused() throws IOException {
    Path root = caseWithConfig(j -> ((ObjectNode) j.get("analysis")).put(IndexSchema.STEM, "StandardTokenizer > PorterStem"));
    Cli.Result r = Cli.run("search", "--case", root.toString(), "ugovor");
    assertEquals(ExitCode.INCOMPATIBLE, r.code(), r::toString);
    assertTrue(r.err().contains("other analysis settings") && r.err().contains(IndexSchema.STEM), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }
}
