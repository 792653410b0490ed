package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.index.IndexSchema;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify refuses a case that an ingest is writing, instead of reporting its uncommitted files as new. */
class VerifyBusyTest {

  @TempDir Path tmp;

  @Test
  void aCaseBeingWrittenIsRefusedWithTheBusyCode() throws Exception {
    Path evidence = Files.createDirectories(tmp.resolve("leak"));
    Files.writeString(evidence.resolve("ugovor.txt"), "Ugovor o javnoj nabavci br. 12/2019");
    Path caseDir = tmp.resolve("case");
    assertEquals(ExitCode.OK, Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString()).code());

    Case kase = Case.openOrCreate(caseDir, IndexSchema.caseSchema());
    try (CaseLock ingestRunning = CaseLock.acquire(kase.layout(), "ingest")) {
      Cli.Result busy = Cli.run("verify", "--case", caseDir.toString());
      assertEquals(ExitCode.BUSY, busy.code(), busy::toString);
      assertTrue(busy.err().contains("(ingest)") && busy.err().contains("verify when it has finished"), busy.err());
      assertEquals("", busy.out());
    }
    Cli.Result ok = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, ok.code(), ok::toString);
  }
}
