package org.istraga.ingest;

import java.util.Arrays;

/**
 * A compact set of paths seen during a run, kept as sorted 64-bit hashes (8 bytes per path, so a
 * 1.7-million-file walk needs about 14 MB). Membership is exact up to 64-bit hash collisions.
 *
 * <p>Add everything first, then {@link #freeze()}, then query. {@link #add} is synchronized.
 */
final class PathSet {

  private long[] hashes = new long[1024];
  private int size;
  private boolean frozen;

  synchronized void add(String path) {
    if (frozen) {
      throw new IllegalStateException("frozen");
    }
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash(path);
  }

  synchronized void freeze() {
    if (!frozen) {
      Arrays.sort(hashes, 0, size);
      frozen = true;
    }
  }

  synchronized boolean contains(String path) {
    if (!frozen) {
      throw new IllegalStateException("call freeze() first");
    }
    return Arrays.binarySearch(hashes, 0, size, hash(path)) >= 0;
  }

  static long hash(String s) {
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
}
