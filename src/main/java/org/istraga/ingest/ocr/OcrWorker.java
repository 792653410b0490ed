package org.istraga.ingest.ocr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesClient;
import org.apache.tika.pipes.PipesConfigBase;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.istraga.ingest.tika.PageTextMetadataFilter;

/**
 * One warm forked OCR worker process (Tika's {@link PipesClient} over its {@code PipesServer},
 * configured by {@link OcrTikaConfig}): the main process never opens a PDF or an image for OCR.
 * A page that hangs, exhausts memory or crashes takes down only this process, which Tika
 * restarts for the next call.
 *
 * <p>One instance per thread; calls are sequential. The process starts on the first call, stays
 * warm and is recycled after {@link OcrOptions#callsPerWorker()} calls.
 */
final class OcrWorker implements Closeable {

  /** How a call ended at the process level. */
  enum Outcome {
    /** The worker answered (pages may still have failed individually). */
    DONE,
    /** The call exceeded its time limit; the worker was restarted. */
    TIMEOUT,
    /** The worker ran out of memory; it was restarted. */
    OUT_OF_MEMORY,
    /** The worker died or answered nonsense. */
    CRASHED,
    /** The worker could not read the file. */
    UNREADABLE
  }

  /** The result of one call. */
  record Answer(Outcome outcome, String message, List<PageResult> pages, long imageMillis, long tesseractMillis,
      int tesseractRuns) {}

  private final PipesClient client;
  private final OcrOptions opts;

  OcrWorker(Path tikaConfig, Path workerTmp, OcrOptions opts) throws IOException {
    this.opts = opts;
    Files.createDirectories(workerTmp);
    PipesConfigBase config = new PipesConfigBase();
    config.setTikaConfig(tikaConfig);
    config.setTimeoutMillis(opts.pageTimeoutMillis());
    config.setMaxFilesProcessedPerProcess(opts.callsPerWorker());
    config.setNumClients(1);
    config.setMaxForEmitBatchBytes(Long.MAX_VALUE);
    config.setJavaPath(currentJava());
    List<String> jvm = new ArrayList<>();
    jvm.add("-Xmx" + opts.workerHeapMb() + "m");
    jvm.add("-XX:+UseSerialGC");
    if (Runtime.version().feature() >= 21) {
      jvm.add("--enable-native-access=ALL-UNNAMED");
    }
    jvm.add("-Djava.io.tmpdir=" + workerTmp.toAbsolutePath());
    jvm.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
    jvm.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
    jvm.add("-Dorg.slf4j.simpleLogger.showDateTime=false");
    config.setForkedJvmArgs(jvm);
    this.client = new PipesClient(config);
  }

  static String currentJava() {
    return ProcessHandle.current().info().command()
        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * OCRs pages of one file in the worker.
   *
   * @param source absolute path of the bytes (an evidence file or a blob)
   * @throws InterruptedException when the stage is being stopped (the worker is killed)
   */
  Answer ocr(Path source, OcrRequest req) throws IOException, InterruptedException {
    ParseContext ctx = new ParseContext();
    ctx.set(OcrRequest.class, req);
    ctx.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
        HandlerConfig.PARSE_MODE.RMETA, opts.maxTextChars(), 0, false));
    int pages = OcrRequest.IMAGE.equals(req.kind()) ? 4 : Math.max(1, req.pages().length);
    ctx.set(TikaTaskTimeout.class, new TikaTaskTimeout(opts.pageTimeoutMillis() * pages + 60_000));
    FetchEmitTuple t = new FetchEmitTuple(req.taskId(),
        new FetchKey(OcrTikaConfig.FETCHER, source.toAbsolutePath().toString()),
        new EmitKey(OcrTikaConfig.EMITTER, req.taskId()),
        new Metadata(), ctx, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    PipesResult r = client.process(t);
    return answer(r);
  }

  private static Answer answer(PipesResult r) {
    Outcome outcome;
    switch (r.getStatus()) {
      case PARSE_SUCCESS:
      case PARSE_SUCCESS_WITH_EXCEPTION:
      case PARSE_EXCEPTION_EMIT:
      case EMIT_SUCCESS:
      case EMIT_SUCCESS_PARSE_EXCEPTION:
      case EMPTY_OUTPUT:
        outcome = Outcome.DONE;
        break;
      case TIMEOUT:
        outcome = Outcome.TIMEOUT;
        break;
      case OOM:
        outcome = Outcome.OUT_OF_MEMORY;
        break;
      case FETCH_EXCEPTION:
      case FETCHER_INITIALIZATION_EXCEPTION:
        outcome = Outcome.UNREADABLE;
        break;
      default:
        outcome = Outcome.CRASHED;
    }
    Metadata m = null;
    if (r.getEmitData() != null && r.getEmitData().getMetadataList() != null
        && !r.getEmitData().getMetadataList().isEmpty()) {
      m = r.getEmitData().getMetadataList().get(0);
    }
    String message = r.getMessage();
    if (message == null && r.getEmitData() != null) {
      message = r.getEmitData().getContainerStackTrace();
    }
    if (m == null || m.get(OcrParser.PAGES) == null) {
      if (outcome == Outcome.DONE) {
        String exception = m == null ? null : m.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        return new Answer(Outcome.DONE, firstLine(exception != null ? exception : message), List.of(), 0, 0, 0);
      }
      return new Answer(outcome, firstLine(message), List.of(), 0, 0, 0);
    }
    return new Answer(outcome, firstLine(message), pages(m), millis(m, OcrParser.IMAGE_MILLIS),
        millis(m, OcrParser.TESSERACT_MILLIS), (int) millis(m, OcrParser.TESSERACT_RUNS));
  }

  /** Cuts the worker's answer into pages: text between page offsets, failures, methods. */
  static List<PageResult> pages(Metadata m) {
    String text = m.get(TikaCoreProperties.TIKA_CONTENT);
    text = text == null ? "" : text;
    String starts = m.get(PageTextMetadataFilter.PAGE_STARTS);
    String[] order = m.get(OcrParser.PAGES).isEmpty() ? new String[0] : m.get(OcrParser.PAGES).split(",");
    int[] offsets = new int[order.length];
    String[] s = starts == null || starts.isEmpty() ? new String[0] : starts.split(",");
    if (s.length != order.length) {
      throw new IllegalStateException("OCR worker returned " + s.length + " page offsets for " + order.length + " pages");
    }
    for (int i = 0; i < s.length; i++) {
      offsets[i] = Integer.parseInt(s[i]);
    }
    java.util.Map<Integer, String> failed = new java.util.HashMap<>();
    for (String f : m.getValues(OcrParser.FAILED)) {
      int colon = f.indexOf(':');
      failed.put(Integer.parseInt(f.substring(0, colon).trim()), f.substring(colon + 1).trim());
    }
    java.util.Map<Integer, String> methods = new java.util.HashMap<>();
    for (String f : m.getValues(OcrParser.METHODS)) {
      int colon = f.indexOf(':');
      methods.put(Integer.parseInt(f.substring(0, colon).trim()), f.substring(colon + 1).trim());
    }
    List<PageResult> out = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      int page = Integer.parseInt(order[i].trim());
      int from = Math.min(offsets[i], text.length());
      int to = Math.min(i + 1 < offsets.length ? offsets[i + 1] : text.length(), text.length());
      String error = failed.get(page);
      out.add(error != null
          ? new PageResult(page, null, error, methods.get(page))
          : new PageResult(page, text.substring(from, Math.max(from, to)).strip(), null, methods.get(page)));
    }
    return out;
  }

  private static long millis(Metadata m, String key) {
    String v = m.get(key);
    try {
      return v == null ? 0 : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    String line = nl < 0 ? t : t.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
