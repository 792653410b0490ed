package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zero-byte file under an Office, PDF or image label. In the corpus case, an empty .doc inside
 * gbk.zip got the error "office: not an OLE2 or ZIP container although labelled ole" and the flag
 * analysis-incomplete, as if a document had been damaged; there is simply nothing to analyze.
 */
class EmptyFileTest {

  @Test
  void emptyFilesHaveSizeAndHashButNoErrorWhateverTheirLabel(@TempDir Path dir) throws Exception {
    ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());
    for (String type :
        List.of("application/msword", "application/pdf", "image/jpeg", "message/rfc822")) {
      Path f = dir.resolve("empty-" + type.replace('/', '_'));
      Files.write(f, new byte[0]);
      ForensicReport r = analyzer.analyze(f, type);
      assertEquals(ForensicReport.NONE, r.format(), type);
      assertEquals(0, r.fileSize());
      assertEquals(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", r.sha256(), type);
      assertEquals(List.of(), r.errors(), type);
      assertFalse(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE), type);
    }
  }
}
