package org.istraga.provenance.forensics.pdf;

/**
 * Recognises an "unencrypted wrapper" PDF (Acrobat's "encrypt only file attachments", ISO 32000-2
 * 7.6.7) from its raw bytes, and makes the copy through which its document can be read without
 * the password. Its strings and streams use the Identity crypt filter; only its attached files
 * ({@code /EFF}) are encrypted. PDF readers show its pages without a password, but PDFBox refuses
 * to open it when the user password is not empty.
 *
 * <p>This is the part of the provenance checks that other packages may use (the ingest reads the
 * wrapper's text the same way). Stateless and thread-safe; each call scans the whole byte array
 * (linear in its length).
 */
public final class PdfUnencryptedWrapper {

  private PdfUnencryptedWrapper() {}

  /**
   * True when the file's encryption dictionary (the last one, for incremental updates) encrypts
   * only attached files. Meant for a file PDFBox refused with a password error.
   */
  public static boolean isWrapper(byte[] data) {
    PdfFacts.Encryption e = PdfRawEncryption.read(data);
    return e != null && Boolean.TRUE.equals(e.embeddedFilesOnly());
  }

  /**
   * A copy of {@code data}, same length and offsets, whose trailer no longer names the encryption
   * dictionary, so PDFBox reads the document without a password. The attached files in it stay
   * encrypted (their raw bytes are ciphertext). {@code data} itself is not changed.
   */
  public static byte[] openableCopy(byte[] data) {
    return PdfRawEncryption.withoutEncryptEntries(data);
  }
}
