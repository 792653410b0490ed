package org.istraga.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.istraga.IstragaException;

/**
 * Checks of option values and file arguments made before a command does any work, so that a
 * mistake costs nothing (no case folder created, no report computed and then lost) and its message
 * names the option and the value. Pure checks on the file system; no state, safe from any thread.
 */
final class ArgumentChecks {

  private ArgumentChecks() {}

  /**
   * Refuses a number below {@code min}.
   *
   * @param option the option as typed, e.g. {@code --threads}
   */
  static void atLeast(String option, Number value, long min) {
    if (value != null && value.longValue() < min) {
      throw IstragaException.usage(option + " must be at least " + min + ", not " + value);
    }
  }

  /**
   * Seconds given on the command line as milliseconds; refuses 0, negative values and values too
   * large to count in milliseconds.
   */
  static Long secondsToMillis(String option, Long seconds) {
    if (seconds == null) {
      return null;
    }
    atLeast(option, seconds, 1);
    if (seconds > Long.MAX_VALUE / 1000) {
      throw IstragaException.usage(option + " " + seconds + " is too large; give seconds, e.g. " + option + " 600");
    }
    return seconds * 1000;
  }

  /**
   * Checks a file the command will read: it exists, is a file (not a folder) and is readable.
   *
   * @param what how the file is called in messages, e.g. "terms file"
   * @throws IstragaException NOT_FOUND when missing, USAGE when a folder, IO when unreadable
   */
  static void inputFile(String what, Path file) {
    if (!Files.exists(file)) {
      throw IstragaException.notFound(what + " " + file + " does not exist; check the path");
    }
    if (Files.isDirectory(file)) {
      throw IstragaException.usage(what + " " + file + " is a folder; give a file");
    }
    if (!Files.isReadable(file)) {
      throw new IstragaException(IstragaException.Kind.IO, what + " " + file + " is not readable; check its permissions");
    }
  }

  /**
   * Checks a file the command will write (replacing it if it exists): its folder exists and it is
   * not itself a folder.
   *
   * @param option the option that named it, e.g. {@code --csv}
   * @throws IstragaException NOT_FOUND when the folder is missing, USAGE when the target is a
   *     folder, IO when the folder is not writable
   */
  static void outputFile(String option, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw IstragaException.usage(option + " " + file + " is a folder; give a file name, e.g. "
          + option + " " + abs.resolve("report.csv"));
    }
    Path parent = abs.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw IstragaException.notFound("folder " + parent + " does not exist; create it or choose another " + option);
    }
    if (parent != null && !Files.isWritable(parent)
        && !(Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(abs))) {
      throw new IstragaException(IstragaException.Kind.IO, "folder " + parent + " is not writable; choose another " + option);
    }
  }
}
