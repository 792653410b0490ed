package org.istraga.store;

import java.util.Arrays;

/**
 * A compact set of strings (paths, ids) kept as sorted 64-bit fingerprints: 8 bytes per member, so
 * the 1.7 million paths of a large leak take about 14 MB. Membership is exact up to 64-bit hash
 * collisions (for a million members, about one chance in ten million of a false "present").
 *
 * <p>Add everything first, then {@link #freeze()}, then query. All methods are synchronized.
 */
public final class Fingerprints {

  private long[] values = new long[1024];
  private int size;
  private boolean frozen;

  public synchronized void add(String s) {
    addFingerprint(of(s));
  }

  /** Adds a precomputed fingerprint (for example the first 64 bits of a hex digest). */
  public synchronized void addFingerprint(long v) {
    if (frozen) {
      throw new IllegalStateException("fingerprints are frozen");
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  public synchronized void freeze() {
    if (!frozen) {
      Arrays.sort(values, 0, size);
      frozen = true;
    }
  }

  public synchronized boolean contains(String s) {
    return containsFingerprint(of(s));
  }

  public synchronized boolean containsFingerprint(long v) {
    if (!frozen) {
      throw new IllegalStateException("call freeze() first");
    }
    return Arrays.binarySearch(values, 0, size, v) >= 0;
  }

  public synchronized int size() {
    return size;
  }

  /** The 64-bit fingerprint of a string (FNV-1a over UTF-16 code units, then a mix step). */
  public static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xff;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** The first 64 bits of a hex digest, as a fingerprint. */
  public static long ofHexDigest(String hex) {
    return Long.parseUnsignedLong(hex.substring(0, 16), 16);
  }
}
