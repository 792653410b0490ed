package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a whole: help, version, subcommands and the documented exit codes. */
class CommandLineTest {

  private static List<String> subcommandPaths() {
    List<String> out = new ArrayList<>();
    collect(new CommandLine(new IstragaCommand()), "", out);
    return out;
  }

  private static void collect(CommandLine cl, String prefix, List<String> out) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      String path = (prefix + " " + sub.getCommandName()).strip();
      if (!out.contains(path)) {
        out.add(path);
        collect(sub, path, out);
      }
    }
  }

  private static List<Integer> exitCodeConstants() throws IllegalAccessException {
    List<Integer> codes = new ArrayList<>();
    for (Field f : ExitCode.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        codes.add(f.getInt(null));
      }
    }
    return codes;
  }

  @Test
  void helpListsEverySubcommandAndEveryExitCode() throws Exception {
    Cli.Result r = Cli.run("--help");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("Usage: istraga"), r.out());
    for (String name : new CommandLine(new IstragaCommand()).getSubcommands().keySet()) {
      assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(name) + "\\s").matcher(r.out()).find(), name + " in\n" + r.out());
    }
    String footer = r.out().substring(r.out().indexOf("Exit codes:"));
    for (int code : exitCodeConstants()) {
      assertTrue(Pattern.compile("(^|\\s)" + code + " [a-zA-Z]").matcher(footer).find(), "exit code " + code + " in\n" + footer);
    }
    assertTrue(r.err().isEmpty(), r.err());
  }

  @Test
  void readmeDocumentsEveryExitCode() throws Exception {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme);
    String table = text.substring(text.indexOf("### Exit codes"));
    List<Integer> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(table);
    while (m.find()) {
      documented.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(exitCodeConstants().stream().sorted().toList(), documented.stream().sorted().toList());
  }

  @Test
  void versionNamesIstragaTikaAndTheLuceneOnTheClasspath() {
    Cli.Result r = Cli.run("--version");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("istraga " + org.istraga.Version.istraga()), r.out());
    assertTrue(r.out().contains("Apache Tika " + org.apache.tika.Tika.getString().replace("Apache Tika ", "")), r.out());
    assertTrue(r.out().contains("Apache Lucene " + org.apache.lucene.util.Version.LATEST), r.out());
  }

  @Test
  void everySubcommandHasHelpWithItsUsageLine() throws IOException {
    List<String> paths = subcommandPaths();
    assertTrue(paths.size() >= 18, paths.toString());
    for (String path : paths) {
      List<String> args = new ArrayList<>(List.of(path.split(" ")));
      args.add("--help");
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      assertEquals(ExitCode.OK, r.code(), path + " → " + r);
      assertTrue(r.out().contains("Usage: istraga " + path), path + ":\n" + r.out());
      for (String line : r.out().split("\n")) {
        assertTrue(line.length() <= 80, path + ": help line over 80 columns: " + line);
      }
    }
  }

  @Test
  void missingOrUnknownSubcommandIsAUsageErrorOnOneLinePlusAHint() {
    for (String[] args : new String[][] {{}, {"serch", "x"}, {"search", "--no-such-option", "x"}}) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + " → " + r);
      assertTrue(r.err().startsWith("istraga: "), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      assertTrue(r.err().strip().lines().count() <= 2, r.err());
      assertTrue(r.out().isEmpty(), r.out());
    }
  }
}
