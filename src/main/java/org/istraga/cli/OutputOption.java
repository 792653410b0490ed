package org.istraga.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.istraga.IstragaException;
import org.istraga.Json;
import picocli.CommandLine.Option;

/** The shared {@code --json} option and the way results are printed. */
public final class OutputOption {

  @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
  boolean json;

  public boolean json() {
    return json;
  }

  /** Prints a value as pretty JSON followed by a newline. */
  public static void printJson(PrintWriter out, Object value) {
    try {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IstragaException(IstragaException.Kind.INTERNAL, "cannot write JSON: " + e.getMessage(), e);
    }
  }
}
