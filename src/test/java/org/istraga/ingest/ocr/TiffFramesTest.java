package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffFramesTest {

  @Test
  void countsTheFramesOfRealTiffs() {
    assertEquals(2, TiffFrames.count(Corpus.file("b_scans_ocr/testTIFF_multipage.tif")));
    assertEquals(1, TiffFrames.count(Corpus.file("b_scans_ocr/testTIFF.tif")));
  }

  @Test
  void aDirectoryChainThatLoopsIsCountedOnce(@TempDir Path tmp) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8); // header: first IFD at 8
    b.putShort((short) 0).putInt(8); // IFD with no entries whose next IFD is itself
    Path f = tmp.resolve("loop.tif");
    Files.write(f, b.array());
    assertEquals(1, TiffFrames.count(f));
    assertEquals(1, TiffFrames.count(Corpus.file("b_scans_ocr/testOCR.png")), "not a TIFF");
  }
}
