package org.istraga.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests of files match those of the same bytes in memory, and hashing many small files one
 * after another (the children of an archive of 50,000 entries) does not take a new block of
 * direct memory per file: such blocks are freed only by a garbage collection, which a run with
 * little heap garbage may not do for gigabytes.
 */
class HashesTest {

  @TempDir Path tmp;

  @Test
  void fileDigestsEqualInMemoryDigests() throws Exception {
    byte[] big = new byte[(3 << 20) + 17];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + (i >>> 9));
    }
    for (byte[] content : new byte[][] {new byte[0], "ugovor".getBytes(StandardCharsets.UTF_8), big}) {
      Path f = Files.write(tmp.resolve("f" + content.length), content);
      Hashes.Digests d = Hashes.of(f);
      assertEquals(Hashes.of(content), d);
      assertEquals(content.length, d.size());
      assertEquals(Hashes.sha256(content), Hashes.sha256(f));
    }
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.of(new byte[0]).sha256());
  }

  @Test
  void hashingManyFilesReusesOneBuffer() throws Exception {
    Path f = Files.writeString(tmp.resolve("small.txt"), "a small entry");
    Hashes.of(f); // this thread's buffer exists from here on
    BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
        .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
    long before = direct.getMemoryUsed();
    for (int i = 0; i < 2_000; i++) {
      Hashes.of(f);
      Hashes.sha256(f);
    }
    long grown = direct.getMemoryUsed() - before;
    assertTrue(grown < 4L * Hashes.BUFFER, "direct memory grew by " + grown + " bytes for 4,000 hashes");
  }
}
