package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract installation OCR will use: where the binary is, its version and its installed
 * languages, found once per run in the main process (no document is involved).
 *
 * <p>The binary is {@code $ISTRAGA_TESSERACT} when set, otherwise the first {@code tesseract} on
 * the {@code PATH}. {@link #check} turns a missing binary or missing languages into one message
 * that names the fix.
 *
 * @param binary absolute path of the tesseract binary
 * @param version its version line, e.g. {@code tesseract 5.3.0}
 * @param languages installed language codes
 */
public record TesseractInstall(Path binary, String version, Set<String> languages) {

  /** Environment variable naming the tesseract binary. */
  public static final String ENV = "ISTRAGA_TESSERACT";
  /** The Debian/Ubuntu packages for the default languages. */
  public static final String INSTALL_HINT =
      "apt-get install tesseract-ocr tesseract-ocr-srp tesseract-ocr-srp-latn tesseract-ocr-eng";

  /** Why OCR cannot run, with the fix. */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Finds Tesseract and checks that it has every requested language.
   *
   * @param override a binary to use instead of searching, or null
   * @param languageList e.g. {@code srp+srp_latn+eng}
   * @throws Unavailable naming what is missing and how to install it
   */
  public static TesseractInstall check(String override, String languageList) throws Unavailable {
    if (!OcrRequest.LANGUAGES.matcher(languageList).matches()) {
      throw new IllegalArgumentException("bad Tesseract language list '" + languageList + "'");
    }
    Path bin = locate(override);
    String version = firstLine(exec(bin, "--version"));
    Set<String> installed = new LinkedHashSet<>();
    for (String line : exec(bin, "--list-langs").split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("List of available languages") && l.matches("[A-Za-z0-9_]+")) {
        installed.add(l);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String lang : languageList.split("\\+")) {
      if (!installed.contains(lang)) {
        missing.add(lang);
      }
    }
    if (!missing.isEmpty()) {
      StringBuilder pkgs = new StringBuilder();
      for (String m : missing) {
        pkgs.append(" tesseract-ocr-").append(m.toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      throw new Unavailable("Tesseract (" + bin + ") lacks the OCR language" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + "; install " + (missing.size() > 1 ? "them" : "it")
          + " (apt-get install" + pkgs + ") or choose --ocr-lang from: " + String.join(", ", installed));
    }
    return new TesseractInstall(bin, version, Set.copyOf(installed));
  }

  private static Path locate(String override) throws Unavailable {
    String explicit = override != null ? override : System.getenv(ENV);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Paths.get(explicit).toAbsolutePath();
      if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
        throw new Unavailable("Tesseract not found at " + p + " (from " + (override != null ? "the options" : ENV)
            + "); OCR needs it: " + INSTALL_HINT);
      }
      return p;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path p = Paths.get(dir, "tesseract");
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return p.toAbsolutePath();
        }
      }
    }
    throw new Unavailable("Tesseract is not installed, so images and scanned pages cannot be OCR'd; install it ("
        + INSTALL_HINT + ") or set " + ENV);
  }

  private static String exec(Path bin, String arg) throws Unavailable {
    ProcessBuilder pb = new ProcessBuilder(bin.toString(), arg);
    pb.redirectErrorStream(true);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readNBytes(1 << 20);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new Unavailable("Tesseract (" + bin + ") did not answer '" + arg + "'; check the installation: " + INSTALL_HINT);
      }
      String s = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new Unavailable("Tesseract (" + bin + ") failed on '" + arg + "' (exit " + p.exitValue() + ": "
            + firstLine(s) + "); check the installation: " + INSTALL_HINT);
      }
      return s;
    } catch (IOException e) {
      throw new Unavailable("cannot run Tesseract (" + bin + "): " + e.getMessage() + "; " + INSTALL_HINT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while checking Tesseract", e);
    }
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
