package org.istraga.findings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.istraga.cli.Main;

/**
 * Tags one document again and again through the real CLI code path, printing {@code ack TAG}
 * after each command returned 0 (that is, after the journal write was fsynced). Run in its own
 * JVM by {@link TagKillTest}, which kills it with SIGKILL.
 */
public final class TagLoop {

  private TagLoop() {}

  /** Arguments: case folder, document id, tag prefix. */
  public static void main(String[] args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    for (int i = 0; ; i++) {
      String tag = args[2] + i;
      int code = Main.run(sink, err, "tag", "--case", args[0], args[1], "--add", tag, "--user", "loop");
      if (code != 0) {
        err.println("tag failed with exit " + code);
        System.exit(code);
      }
      System.out.println("ack " + tag);
      System.out.flush();
    }
  }
}
