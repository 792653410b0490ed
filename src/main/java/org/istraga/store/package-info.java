/**
 * Bytes and their digests.
 *
 * <p>{@link org.istraga.store.Hashes} computes SHA-256 (the document id), SHA-1 and MD5 in one read.
 * {@link org.istraga.store.BlobStore} keeps the bytes of embedded children and earlier PDF
 * revisions under their SHA-256 ({@code blobs/ab/cd/<sha256>}), written atomically and durably and
 * made read-only. {@link org.istraga.store.Fingerprints} is a compact set of 64-bit fingerprints
 * used to remember millions of paths or ids in a few megabytes.
 */
package org.istraga.store;
