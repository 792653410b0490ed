package org.istraga.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code istraga bundle}: work with citation bundles (see {@code istraga export --format bundle}). */
@Command(name = "bundle", mixinStandardHelpOptions = true,
    header = "Work with citation bundles (see: bundle verify).",
    description = "Work with citation bundles written by 'istraga export --format bundle'.",
    subcommands = {BundleVerifyCommand.class})
public final class BundleCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'istraga bundle verify PATH'");
  }
}
