package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Saves the Latin contract a second time, under the name it had as an e-mail attachment, as
 * someone who "saved attachments" would: the same bytes at two paths, which an ingester must
 * treat as one document with two locations.
 */
final class DuplicateDocument {

  static final String PATH = "leak/posta/prilozi/" + EmailDocument.ATTACHMENT_NAME;

  void write(byte[] latinContract, LeakFiles files, FactSheet facts) throws IOException {
    files.write(PATH, latinContract);
    ObjectNode d = facts.section("duplicate");
    ArrayNode paths = d.putArray("paths");
    paths.add(ContractDocuments.LATIN_PATH);
    paths.add(PATH);
    d.put("sha256", LeakFiles.sha256(latinContract));
    d.put("alsoAttachedTo", EmailDocument.PATH);
  }
}
