package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on page images, inside the forked OCR worker.
 *
 * <p>Speed matters more here than anywhere else in Istraga, so: each run gets
 * {@code OMP_THREAD_LIMIT=1} (parallelism comes from running one Tesseract per core on different
 * pages, which is several times faster than letting OpenMP split one page), and the pages of one
 * call are read in a single run from a list file, so the language models load once per call
 * instead of once per page. When such a run fails, each page is run alone, so one bad page
 * cannot cost the others their text.
 *
 * <p>Each run is killed when it exceeds its time limit (per page); Tesseract processes still
 * running when the worker exits are killed too. Not thread-safe; one instance per call.
 */
final class TesseractRunner {

  /** Tesseract's page separator in text output. */
  static final char PAGE_SEPARATOR = '\f';

  /** Text of one input, or why there is none. */
  record Text(String text, String error) {
    boolean ok() {
      return error == null;
    }
  }

  private final String tesseract;
  private final String languages;
  private final long pageTimeoutMillis;
  private final Path workDir;
  private int runs;

  TesseractRunner(String tesseract, String languages, long pageTimeoutMillis, Path workDir) {
    this.tesseract = tesseract;
    this.languages = languages;
    this.pageTimeoutMillis = pageTimeoutMillis;
    this.workDir = workDir;
    ChildReaper.install();
  }

  /** Number of tesseract processes started so far. */
  int runs() {
    return runs;
  }

  /**
   * OCRs page images in order: one run per stretch of consecutive images of the same resolution,
   * then one run per image for any stretch whose run failed.
   *
   * @return one text per image, in order
   */
  List<Text> pages(List<PageImage> images) throws IOException, InterruptedException {
    List<Text> out = new ArrayList<>(images.size());
    int i = 0;
    while (i < images.size()) {
      int j = i + 1;
      while (j < images.size() && images.get(j).dpi() == images.get(i).dpi()) {
        j++;
      }
      List<PageImage> group = images.subList(i, j);
      List<Text> texts = group.size() > 1 ? batch(group) : null;
      if (texts == null) {
        texts = new ArrayList<>();
        for (PageImage p : group) {
          Run r = run(List.of(p.file()), p.dpi(), pageTimeoutMillis);
          texts.add(r.error != null ? new Text(null, r.error) : new Text(single(r.output), null));
        }
      }
      out.addAll(texts);
      i = j;
    }
    return out;
  }

  /**
   * OCRs every frame of an image file (a multi-page TIFF has several).
   *
   * @return the frames' texts; one failed text when the file cannot be read
   */
  List<Text> frames(Path image) throws IOException, InterruptedException {
    String format = ImageSignature.of(image);
    if (format == null) {
      return List.of(new Text(null, "not an image format Tesseract reads"));
    }
    Run r = run(List.of(image), 0, pageTimeoutMillis * 4);
    if (r.error != null) {
      return List.of(new Text(null, r.error));
    }
    List<Text> out = new ArrayList<>();
    for (String s : split(r.output)) {
      out.add(new Text(s, null));
    }
    return out;
  }

  private List<Text> batch(List<PageImage> group) throws IOException, InterruptedException {
    Run r = run(group.stream().map(PageImage::file).toList(), group.get(0).dpi(),
        pageTimeoutMillis * group.size());
    if (r.error != null) {
      return null;
    }
    List<String> parts = split(r.output);
    if (parts.size() != group.size()) {
      return null;
    }
    List<Text> out = new ArrayList<>();
    for (String s : parts) {
      out.add(new Text(s, null));
    }
    return out;
  }

  /** Splits Tesseract output into pages (tolerating a trailing separator). */
  static List<String> split(String output) {
    List<String> parts = new ArrayList<>(List.of(output.split(String.valueOf(PAGE_SEPARATOR), -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isBlank()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  private static String single(String output) {
    return output.replace(PAGE_SEPARATOR, '\n');
  }

  private record Run(String output, String error) {}

  private Run run(List<Path> inputs, int dpi, long timeoutMillis) throws IOException, InterruptedException {
    int n = ++runs;
    Path input;
    if (inputs.size() == 1) {
      input = inputs.get(0);
    } else {
      input = workDir.resolve("list-" + n + ".txt");
      StringBuilder sb = new StringBuilder();
      for (Path p : inputs) {
        sb.append(p.toAbsolutePath()).append('\n');
      }
      Files.writeString(input, sb, StandardCharsets.UTF_8);
    }
    Path outBase = workDir.resolve("out-" + n);
    Path errFile = workDir.resolve("err-" + n + ".log");
    List<String> cmd = new ArrayList<>(List.of(tesseract, input.toAbsolutePath().toString(),
        outBase.toAbsolutePath().toString(), "-l", languages));
    if (dpi > 0) {
      cmd.add("--dpi");
      cmd.add(Integer.toString(dpi));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(errFile.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process p = pb.start();
    try {
      if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        kill(p);
        return new Run(null, "Tesseract did not finish within " + timeoutMillis / 1000 + " s");
      }
    } catch (InterruptedException e) {
      kill(p);
      throw e;
    }
    Path txt = workDir.resolve("out-" + n + ".txt");
    String output = Files.isRegularFile(txt) ? Files.readString(txt, StandardCharsets.UTF_8) : null;
    if (p.exitValue() != 0 || output == null) {
      return new Run(null, "Tesseract failed (exit " + p.exitValue() + "): " + errorSummary(errFile));
    }
    return new Run(output, null);
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static void kill(Process p) throws InterruptedException {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    p.waitFor(10, TimeUnit.SECONDS);
  }

  /** The meaningful lines of Tesseract's stderr (resolution notices and page lines dropped). */
  static String errorSummary(Path errFile) {
    try {
      StringBuilder sb = new StringBuilder();
      for (String line : Files.readAllLines(errFile, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("Estimating resolution") || l.startsWith("Warning: Invalid resolution")
            || l.startsWith("Page ") || l.startsWith("Detected ")) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(l);
      }
      String s = sb.length() == 0 ? "no message" : sb.toString();
      return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    } catch (IOException e) {
      return "no message (" + e.getMessage() + ")";
    }
  }

  /** Kills this process's children (Tesseract runs) when the worker process exits. */
  private static final class ChildReaper {
    static {
      Runtime.getRuntime().addShutdownHook(new Thread(
          () -> ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly),
          "istraga-ocr-reaper"));
    }

    static void install() {
      // loading the class installs the hook, once per process
    }
  }
}
