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
 * cannot cost the others their text. An image already read in the run (same bytes, resolution
 * and languages) is not read again ({@link PageTextCache}).
 *
 * <p><b>Pages turned upside down or sideways.</b> Every run also writes Tesseract's word table
 * (TSV), from which each page gets its mean word confidence (weighted by word length). A page
 * read with a mean confidence under {@value #RETRY_BELOW} (upright text reads at 85 to 96, also
 * when degraded; a page scanned upside down or turned a quarter without {@code /Rotate} reads as
 * gibberish at 30 to 60) gets Tesseract's orientation detection ({@code --psm 0 -l osd}, about
 * 0.9 CPU-second); when that finds it turned, it is read again with {@code --psm 1}, which turns
 * the page before reading it, and the reading with the higher confidence is kept
 * ({@link Text#turned()}). Cost: nothing for pages that read well; about 0.9 s for an upright
 * page that reads badly (a poor photograph, a drawing); one more reading (about 1.3 times the
 * first) for a page that was turned. Without {@code osd.traineddata} the detection fails and the
 * first reading stays.
 *
 * <p>Each run is killed when it exceeds its time limit (per page); Tesseract processes still
 * running when the worker exits are killed too. Not thread-safe; one instance per call.
 */
final class TesseractRunner {

  /** Tesseract's page separator in text output. */
  static final char PAGE_SEPARATOR = '\f';

  /**
   * Mean word confidence (0 to 100, weighted by word length) under which a page is read again
   * with orientation detection.
   */
  static final double RETRY_BELOW = 70;
  /** How much more confident the second reading must be to replace the first. */
  static final double RETRY_MARGIN = 10;

  /**
   * Text of one input, or why there is none; {@code reused} when it came from the run's cache,
   * {@code turned} when it came from the second reading with orientation detection.
   */
  record Text(String text, String error, boolean reused, boolean turned) {
    Text(String text, String error) {
      this(text, error, false, false);
    }

    Text(String text, String error, boolean reused) {
      this(text, error, reused, false);
    }

    boolean ok() {
      return error == null;
    }
  }

  private final String tesseract;
  private final String languages;
  private final long pageTimeoutMillis;
  private final Path workDir;
  private final PageTextCache cache;
  private int runs;
  private int reused;
  private int turned;
  private boolean stopped;

  /**
   * @param cache texts of page images already read in this run, or null
   */
  TesseractRunner(String tesseract, String languages, long pageTimeoutMillis, Path workDir, PageTextCache cache) {
    this.tesseract = tesseract;
    this.languages = languages;
    this.pageTimeoutMillis = pageTimeoutMillis;
    this.workDir = workDir;
    this.cache = cache;
    ChildReaper.install();
  }

  /** Pages whose text came from the cache. */
  int reused() {
    return reused;
  }

  /** Pages whose text came from a second reading with orientation detection. */
  int turned() {
    return turned;
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
    if (cache == null) {
      return read(images);
    }
    Text[] out = new Text[images.size()];
    String[] keys = new String[images.size()];
    List<PageImage> todo = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      PageImage p = images.get(i);
      keys[i] = PageTextCache.key(p.file(), p.dpi(), languages);
      String known = cache.get(keys[i]);
      if (known != null) {
        out[i] = new Text(known, null, true, false);
        reused++;
      } else {
        todo.add(p);
        where.add(i);
      }
    }
    List<Text> read = read(todo);
    for (int k = 0; k < todo.size(); k++) {
      int i = where.get(k);
      out[i] = read.get(k);
      if (out[i].ok()) {
        cache.put(keys[i], out[i].text());
      }
    }
    return List.of(out);
  }

  private List<Text> read(List<PageImage> images) throws IOException, InterruptedException {
    List<Text> out = new ArrayList<>(images.size());
    int i = 0;
    while (i < images.size()) {
      int j = i + 1;
      while (j < images.size() && images.get(j).dpi() == images.get(i).dpi()) {
        j++;
      }
      List<PageImage> group = images.subList(i, j);
      List<Text> texts = group.size() > 1 && !stopped ? batch(group) : null;
      if (texts == null) {
        texts = new ArrayList<>();
        for (PageImage p : group) {
          if (stopped) {
            texts.add(new Text(null, STOPPED));
            continue;
          }
          Run r = run(List.of(p.file()), p.dpi(), pageTimeoutMillis, Mode.READ);
          texts.add(r.error != null ? new Text(null, r.error)
              : retryIfGarbled(p.file(), p.dpi(), new Text(single(r.output), null), r.confidence(0)));
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
    int frames = "tiff".equals(format) ? TiffFrames.count(image) : 1;
    Run r = run(List.of(image), 0, pageTimeoutMillis * frames, Mode.READ);
    if (r.error != null) {
      return List.of(new Text(null, r.error));
    }
    List<String> parts = split(r.output);
    Run again = null;
    List<String> againParts = null;
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      double c = r.confidence(i);
      if (c >= 0 && c < RETRY_BELOW && again == null && !stopped) {
        // a frame reads as gibberish: the whole file once more with orientation detection
        again = run(List.of(image), 0, pageTimeoutMillis * frames, Mode.READ_TURNED);
        againParts = again.error == null ? split(again.output) : null;
        if (againParts != null && againParts.size() != parts.size()) {
          againParts = null;
        }
      }
      if (c >= 0 && c < RETRY_BELOW && againParts != null && again.confidence(i) >= c + RETRY_MARGIN) {
        turned++;
        out.add(new Text(againParts.get(i), null, false, true));
      } else {
        out.add(new Text(parts.get(i), null));
      }
    }
    return out;
  }

  private List<Text> batch(List<PageImage> group) throws IOException, InterruptedException {
    Run r = run(group.stream().map(PageImage::file).toList(), group.get(0).dpi(),
        pageTimeoutMillis * group.size(), Mode.READ);
    if (r.error != null) {
      return null;
    }
    List<String> parts = split(r.output);
    if (parts.size() != group.size()) {
      return null;
    }
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      PageImage p = group.get(i);
      out.add(retryIfGarbled(p.file(), p.dpi(), new Text(parts.get(i), null), r.confidence(i)));
    }
    return out;
  }

  /**
   * Reads a page again with orientation detection when its first reading is gibberish (mean
   * word confidence under {@value #RETRY_BELOW}); keeps the more confident reading.
   */
  private Text retryIfGarbled(Path image, int dpi, Text first, double confidence)
      throws IOException, InterruptedException {
    if (confidence < 0 || confidence >= RETRY_BELOW || stopped || !turnedPage(image, dpi)) {
      return first;
    }
    Run r = run(List.of(image), dpi, pageTimeoutMillis, Mode.READ_TURNED);
    if (r.error != null || r.confidence(0) < confidence + RETRY_MARGIN) {
      return first; // no osd model, or no better: the first reading stays
    }
    turned++;
    return new Text(single(r.output), null, false, true);
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

  /** A run's text, or why there is none, and the mean word confidence of each page (-1: no words). */
  private record Run(String output, String error, double[] confidences) {
    Run(String output, String error) {
      this(output, error, new double[0]);
    }

    double confidence(int page) {
      return page < confidences.length ? confidences[page] : -1;
    }
  }

  /** Why pages have no text when Tesseract was killed by someone else (the stage stopping). */
  static final String STOPPED = "Tesseract was stopped";

  /** Exit value of a process killed by SIGKILL. */
  private static final int KILLED = 128 + 9;

  /**
   * True when Tesseract's orientation detection says the page is turned (by a quarter or a
   * half): its report's {@code Rotate:} line is not 0.
   */
  private boolean turnedPage(Path image, int dpi) throws IOException, InterruptedException {
    Run r = run(List.of(image), dpi, pageTimeoutMillis, Mode.DETECT);
    return r.error == null && rotation(r.output) != 0;
  }

  /** The {@code Rotate:} degrees of an orientation report ({@code --psm 0}); 0 when absent. */
  static int rotation(String osdReport) {
    for (String line : osdReport.split("\n")) {
      if (line.startsWith("Rotate:")) {
        try {
          return Integer.parseInt(line.substring(7).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** What a run does: read text, detect orientation only, or read with orientation detection. */
  private enum Mode { READ, DETECT, READ_TURNED }

  private Run run(List<Path> inputs, int dpi, long timeoutMillis, Mode mode)
      throws IOException, InterruptedException {
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
        outBase.toAbsolutePath().toString(), "-l", mode == Mode.DETECT ? "osd" : languages));
    if (dpi > 0) {
      cmd.add("--dpi");
      cmd.add(Integer.toString(dpi));
    }
    if (mode == Mode.DETECT) {
      cmd.add("--psm");
      cmd.add("0");
    } else {
      if (mode == Mode.READ_TURNED) {
        cmd.add("--psm");
        cmd.add("1");
      }
      cmd.add("txt");
      cmd.add("tsv");
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
    if (p.exitValue() == KILLED) {
      // not our time limit: the stage is stopping and killed it; do not retry page by page
      stopped = true;
      return new Run(null, STOPPED);
    }
    Path txt = workDir.resolve("out-" + n + (mode == Mode.DETECT ? ".osd" : ".txt"));
    String output = Files.isRegularFile(txt) ? Files.readString(txt, StandardCharsets.UTF_8) : null;
    if (p.exitValue() != 0 || output == null) {
      return new Run(null, "Tesseract failed (exit " + p.exitValue() + "): " + errorSummary(errFile));
    }
    return new Run(output, null, confidences(workDir.resolve("out-" + n + ".tsv"), inputs.size()));
  }

  /**
   * Mean word confidence of each page of a TSV word table, weighted by word length; -1 for a
   * page without words (or when the table is missing).
   */
  static double[] confidences(Path tsv, int pages) {
    double[] sum = new double[pages];
    long[] chars = new long[pages];
    try {
      if (Files.isRegularFile(tsv)) {
        int page = -1;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", -1);
          // level page_num block_num par_num line_num word_num left top width height conf text
          if (f.length < 12 || "level".equals(f[0])) {
            continue;
          }
          if ("1".equals(f[0])) {
            page++;
            continue;
          }
          String word = f[11].strip();
          if (!"5".equals(f[0]) || word.isEmpty() || page < 0 || page >= pages) {
            continue;
          }
          double conf = Double.parseDouble(f[10]);
          if (conf >= 0) {
            sum[page] += conf * word.length();
            chars[page] += word.length();
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      // no usable table: every page counts as without words, and nothing is read again
      java.util.Arrays.fill(chars, 0);
    }
    double[] out = new double[pages];
    for (int i = 0; i < pages; i++) {
      out[i] = chars[i] == 0 ? -1 : sum[i] / chars[i];
    }
    return out;
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
