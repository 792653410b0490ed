/**
 * E-mail forensics: the Received chain, Message-ID, Date, and offline DKIM checks.
 *
 * <p>{@link org.istraga.provenance.forensics.email.EmailForensics} reads RFC 5322 files, mbox files
 * ({@link org.istraga.provenance.forensics.email.MboxSplitter}) and Outlook {@code .msg} transport
 * headers. {@link org.istraga.provenance.forensics.email.RawMessage} keeps header fields byte for
 * byte, as DKIM needs; {@link org.istraga.provenance.forensics.email.ReceivedParser} and {@link
 * org.istraga.provenance.forensics.email.MailDates} read hops and dates leniently. {@link
 * org.istraga.provenance.forensics.email.DkimVerifier} recomputes the body hash with {@link
 * org.istraga.provenance.forensics.email.DkimCanonicalizer} (RFC 6376 simple and relaxed, {@code
 * l=} honoured) and verifies the signature with a key from {@link
 * org.istraga.provenance.forensics.DkimKeys} (rsa-sha256, rsa-sha1, ed25519-sha256), reporting each
 * result separately. Everything here is stateless and thread-safe.
 *
 * <pre>{@code
 * RawMessage m = RawMessage.parse(Files.readAllBytes(eml));
 * for (HeaderField sig : m.headers("DKIM-Signature")) {
 *   EmailFacts.DkimResult r = DkimVerifier.verify(m, sig, keys);
 *   // r.bodyHash(): pass | fail | unknown;  r.signature(): pass | fail | unknown | error
 * }
 * }</pre>
 */
package org.istraga.provenance.forensics.email;
