package org.istraga.ingest.tika;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.tika.pipes.extractor.EmbeddedDocumentBytesConfig;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Extracts one file at a time in a warm, forked Tika process ({@link PipesClient} over Tika's
 * {@code PipesServer}): a parser that hangs, runs out of memory or crashes takes down only its
 * process, which Tika restarts, and the file gets a status instead of stopping the run.
 *
 * <p>One instance owns one forked process and is used by one thread at a time. The process
 * starts lazily on the first file, stays warm, and is recycled after
 * {@link ExtractionLimits#filesPerWorker()} files.
 */
public final class PipesExtractor implements Closeable {

  private final PipesClient client;
  private final Path spoolDir;
  private final ExtractionLimits limits;

  /**
   * @param tikaConfig a config written by {@link TikaConfigWriter}
   * @param spoolDir the spool folder named in that config
   * @param workerTmp scratch folder for the forked process's temporary files
   * @param logLevel slf4j level for the forked process (error, warn, info)
   */
  public PipesExtractor(Path tikaConfig, Path spoolDir, Path workerTmp, ExtractionLimits limits, String logLevel)
      throws IOException {
    this.spoolDir = spoolDir;
    this.limits = limits;
    Files.createDirectories(spoolDir);
    Files.createDirectories(workerTmp);
    PipesConfigBase config = ForkedParserConfig.create(tikaConfig, workerTmp, limits.workerHeapMb(),
        limits.timeoutMillis(), limits.filesPerWorker(), logLevel);
    this.client = new PipesClient(config);
  }

  /**
   * Extracts one file.
   *
   * @param taskId a token unique within the run (letters, digits, '-', '_'); names spooled children
   * @param file an absolute path to a regular file inside an evidence root
   * @throws InterruptedException when the ingest is being stopped
   */
  public Extraction extract(String taskId, Path file, ParseContext extraContext) throws IOException, InterruptedException {
    ParseContext ctx = extraContext == null ? new ParseContext() : extraContext;
    long size = Files.size(file);
    ctx.set(ExpansionBudget.class, new ExpansionBudget(size, limits.maxCompressionRatio(), ExpansionBudget.DEFAULT_FLOOR));
    ctx.set(TikaTaskTimeout.class, new TikaTaskTimeout(limits.timeoutMillisFor(size)));
    ctx.set(HandlerConfig.class, new HandlerConfig(
        BasicContentHandlerFactory.HANDLER_TYPE.XML, HandlerConfig.PARSE_MODE.RMETA,
        limits.maxTextChars(), limits.maxChildren(), false));
    EmbeddedDocumentBytesConfig bytes = new EmbeddedDocumentBytesConfig(true);
    bytes.setEmitter(TikaConfigWriter.EMITTER);
    bytes.setEmbeddedIdPrefix("-");
    bytes.setSuffixStrategy(EmbeddedDocumentBytesConfig.SUFFIX_STRATEGY.NONE);
    bytes.setIncludeOriginal(false);
    bytes.setEmitKeyBase(taskId);
    ctx.set(EmbeddedDocumentBytesConfig.class, bytes);
    FetchEmitTuple t = new FetchEmitTuple(
        taskId,
        new FetchKey(TikaConfigWriter.FETCHER, file.toAbsolutePath().toString()),
        new EmitKey(TikaConfigWriter.EMITTER, taskId),
        new Metadata(), ctx, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    PipesResult r = client.process(t);
    return toExtraction(taskId, r);
  }

  private Extraction toExtraction(String taskId, PipesResult r) {
    Extraction.Outcome outcome;
    switch (r.getStatus()) {
      case PARSE_SUCCESS:
      case PARSE_SUCCESS_WITH_EXCEPTION:
      case PARSE_EXCEPTION_EMIT:
      case EMIT_SUCCESS:
      case EMIT_SUCCESS_PARSE_EXCEPTION:
      case EMPTY_OUTPUT:
        outcome = Extraction.Outcome.PARSED;
        break;
      case TIMEOUT:
        outcome = Extraction.Outcome.TIMEOUT;
        break;
      case OOM:
        outcome = Extraction.Outcome.OUT_OF_MEMORY;
        break;
      case FETCH_EXCEPTION:
      case FETCHER_INITIALIZATION_EXCEPTION:
        outcome = Extraction.Outcome.FETCH_FAILED;
        break;
      default:
        outcome = Extraction.Outcome.CRASHED;
    }
    List<ExtractedItem> items = new ArrayList<>();
    if (r.getEmitData() != null && r.getEmitData().getMetadataList() != null) {
      for (Metadata m : r.getEmitData().getMetadataList()) {
        items.add(toItem(taskId, m));
      }
    }
    String message = r.getMessage();
    if (message == null && r.getEmitData() != null) {
      message = r.getEmitData().getContainerStackTrace();
    }
    return new Extraction(outcome, message, items);
  }

  private ExtractedItem toItem(String taskId, Metadata m) {
    String idPath = m.get(TikaCoreProperties.EMBEDDED_ID_PATH);
    int embeddedId = 0;
    Path spool = null;
    if (idPath == null || idPath.isEmpty()) {
      idPath = "/";
    } else {
      String id = m.get(TikaCoreProperties.EMBEDDED_ID);
      embeddedId = id == null ? 0 : Integer.parseInt(id);
      Path p = SpoolEmitter.spoolFile(spoolDir, taskId, embeddedId);
      spool = Files.isRegularFile(p) ? p : null;
    }
    String text = m.get(TikaCoreProperties.TIKA_CONTENT);
    m.remove(TikaCoreProperties.TIKA_CONTENT.getName());
    String starts = m.get(PageTextMetadataFilter.PAGE_STARTS);
    m.remove(PageTextMetadataFilter.PAGE_STARTS);
    int[] pageStarts = starts == null || starts.isEmpty()
        ? new int[0]
        : Arrays.stream(starts.split(",")).mapToInt(Integer::parseInt).toArray();
    return new ExtractedItem(idPath, embeddedId, m, text == null ? "" : text, pageStarts, spool);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
