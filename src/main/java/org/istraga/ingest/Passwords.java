package org.istraga.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.istraga.IstragaException;

/**
 * The passwords of {@code --passwords FILE}: one per line, tried in order on encrypted files. A
 * line is taken as is (spaces count; only the line break is removed); empty lines are skipped. The
 * record of a document opened with a password stores the line number, never the password.
 */
public final class Passwords {

  private final List<String> list;

  private Passwords(List<String> list) {
    this.list = List.copyOf(list);
  }

  public static Passwords none() {
    return new Passwords(List.of());
  }

  /** Reads a password file (UTF-8). */
  public static Passwords load(Path file) {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
      return new Passwords(out);
    } catch (IOException e) {
      throw IstragaException.io("cannot read password file " + file + ": " + e.getMessage()
          + "; give a readable UTF-8 file, one password per line", e);
    }
  }

  public List<String> list() {
    return list;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }
}
