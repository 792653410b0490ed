package org.istraga.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The ground truth the generator records while it writes: one JSON object per document kind
 * (stable keys, insertion order kept), written as {@code samples/facts.json} so tests read the
 * facts instead of hard-coding them.
 *
 * <p>Output is pretty-printed with two-space indents and '\n' line ends on every platform;
 * arrays stay on one line.
 * Not thread-safe; one instance per generator run.
 */
final class FactSheet {

  /** Bumped when a key is renamed or removed (adding keys keeps the version). */
  static final int VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectNode root = mapper.createObjectNode();

  FactSheet() {
    root.put("version", VERSION);
    root.put("description", "Ground truth of the fictional Istraga sample leak; see README.md."
        + " Paths are relative to samples/.");
  }

  /** The object for {@code name}, created empty on first use. */
  ObjectNode section(String name) {
    return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
  }

  /** A fresh JSON object (for array elements). */
  ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** A fresh JSON array. */
  ArrayNode array() {
    return mapper.createArrayNode();
  }

  /** The facts as UTF-8 JSON, ending in a newline. */
  byte[] toJson() throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
      gen.setPrettyPrinter(printer);
      mapper.writeTree(gen, root);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
