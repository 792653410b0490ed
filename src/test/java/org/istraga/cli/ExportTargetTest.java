package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out naming a folder by mistake: refused, and --force never deletes a folder that is not a bundle. */
class ExportTargetTest {

  @TempDir Path tmp;

  @Test
  void forceDoesNotReplaceAFolderThatIsNotABundle() throws Exception {
    String c = SampleCase.get().toString();
    Path folder = Files.createDirectories(tmp.resolve("Documents").resolve("sources"));
    Path precious = Files.writeString(folder.resolve("interview.txt"), "on background");
    Path out = folder.getParent();

    Cli.Result csv = Cli.run("export", "--case", c, "--query", "ugovor", "--format", "csv", "--out", out.toString(), "--force");
    assertEquals(ExitCode.USAGE, csv.code(), csv::toString);
    assertEquals("istraga: --out " + out + " is a folder; give a file name, e.g. --out " + out.resolve("export.csv") + "\n",
        csv.err());

    Cli.Result bundle = Cli.run("export", "--case", c, "--query", "ugovor", "--format", "bundle", "--out", out.toString(),
        "--force", "--include-sensitive");
    assertEquals(ExitCode.USAGE, bundle.code(), bundle::toString);
    assertEquals("istraga: --out " + out + " is a folder that is not an Istraga bundle; --force only replaces an earlier "
        + "bundle, choose a new --out\n", bundle.err());
    assertEquals("on background", Files.readString(precious));
  }

  @Test
  void forceStillReplacesAnEarlierBundleFolder() throws Exception {
    String c = SampleCase.get().toString();
    Path out = tmp.resolve("bundle");
    for (int i = 0; i < 2; i++) {
      Cli.Result r = Cli.run("export", "--case", c, "--query", "ugovor", "--format", "bundle", "--out", out.toString(),
          "--force", "--include-sensitive");
      assertEquals(ExitCode.OK, r.code(), r::toString);
    }
    assertTrue(Files.isRegularFile(out.resolve("bagit.txt")));
    assertEquals(ExitCode.OK, Cli.run("bundle", "verify", out.toString()).code());
  }
}
