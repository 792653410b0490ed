package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.istraga.IstragaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without its fonts the generator stops at once and says what to install. */
class SampleFontsTest {

  @TempDir Path empty;

  @Test
  void missingFontFailsWithAnActionableMessage() {
    IstragaException e = assertThrows(IstragaException.class, () -> SampleFonts.open(empty));
    assertEquals(IstragaException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains(empty.resolve(Face.SERIF.fileName()).toString()),
        e.getMessage());
    assertTrue(e.getMessage().contains("fonts-dejavu-core"), e.getMessage());
    assertTrue(e.getMessage().contains(SampleFonts.DIR_PROPERTY), e.getMessage());
  }
}
