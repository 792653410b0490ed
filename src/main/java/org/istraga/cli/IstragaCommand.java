package org.istraga.cli;

import org.istraga.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top-level {@code istraga} command; every capability is a subcommand. */
@Command(
    name = "istraga",
    mixinStandardHelpOptions = true,
    versionProvider = IstragaCommand.VersionProvider.class,
    description = "Investigative document-analysis workbench: ingest leaked dumps, search them across "
        + "Cyrillic and Latin script, cite findings and verify provenance.",
    subcommands = {IngestCommand.class, OcrCommand.class, StatusCommand.class, SearchCommand.class,
        ShowCommand.class, FacetsCommand.class, HitsCommand.class, EntitiesCommand.class, TagCommand.class,
        NoteCommand.class, CiteCommand.class, CitationsCommand.class, ExportCommand.class, BundleCommand.class,
        WatchlistCommand.class, ProvenanceCommand.class, VerifyCommand.class, LedgerCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0 done                          1 a verification failed",
      "  2 bad usage or query            3 not found (case, path, id, page)",
      "  4 case busy (another writer)    5 incompatible case version",
      "  6 I/O error (permissions, read-only, disk full)",
      " 70 internal error              130 interrupted (rerun to resume)",
      "Environment: ISTRAGA_CASE gives the default --case.",
      "Documentation: README.md and docs/ in the Istraga source tree."
    })
public final class IstragaCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'istraga --help'");
  }

  /** Prints Istraga's version and the versions of the engines it drives. */
  public static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "istraga " + Version.istraga(),
        "Apache Tika " + Version.tika() + ", Apache Lucene " + Version.lucene(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
      };
    }
  }
}
