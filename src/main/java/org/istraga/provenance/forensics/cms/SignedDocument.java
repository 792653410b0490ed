package org.istraga.provenance.forensics.cms;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The document a detached signature ({@code .p7s}) is checked against, as found by the caller
 * (the analyzer itself never looks outside the file it is given): either its bytes with the
 * document's id and path, or the reason none could be used (no companion, several candidates,
 * bytes unreachable). Reported as {@code cms.signed_document}.
 *
 * @param id SHA-256 of the document in the case; null when none was found
 * @param path the path it was found at; null when none was found
 * @param source where the bytes were read: {@code evidence} (the file, its hash re-checked) or
 *     {@code stored} (the case's stored copy); null when none was found
 * @param content the document's bytes; null when none was found (never serialized)
 * @param reason why no document was used; null when one was
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignedDocument(
    String id, String path, String source, @JsonIgnore byte[] content, String reason) {

  /** A found document and its bytes. */
  public static SignedDocument found(String id, String path, String source, byte[] content) {
    return new SignedDocument(id, path, source, content.clone(), null);
  }

  /** No document to check against, and why. */
  public static SignedDocument none(String reason) {
    return new SignedDocument(null, null, null, null, reason);
  }

  /** True when bytes are present to check the signature against. */
  @JsonIgnore
  public boolean isFound() {
    return content != null;
  }
}
