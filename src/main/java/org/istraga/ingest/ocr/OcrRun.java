package org.istraga.ingest.ocr;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.istraga.IstragaException;
import org.istraga.Version;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.cases.Scratch;
import org.istraga.index.CaseIndex;
import org.istraga.provenance.CustodyLedger;

/**
 * A run of the OCR stage on its own ({@code istraga ocr}): takes the case's write lock, opens the
 * index and the ledger, records the run in the ledger ({@code run-start} and {@code run-end}
 * with {@code "command":"ocr"}) and works through the backlog.
 */
public final class OcrRun {

  private final Case kase;
  private final OcrOptions opts;
  private final PrintWriter err;
  private volatile OcrStage stage;
  private volatile boolean stopping;

  public OcrRun(Case kase, OcrOptions opts, PrintWriter err) {
    this.kase = kase;
    this.opts = opts;
    this.err = err;
  }

  /** Asks the run to stop now; it commits what is finished and returns. */
  public void requestStop() {
    stopping = true;
    OcrStage s = stage;
    if (s != null) {
      s.requestStop();
    }
  }

  /**
   * Runs OCR over the case's backlog.
   *
   * @throws TesseractInstall.Unavailable when Tesseract or a language is missing (nothing is
   *     written to the case)
   * @throws IstragaException BUSY when another process writes to the case; IO when the case
   *     cannot be written
   */
  public OcrSummary run() throws TesseractInstall.Unavailable, InterruptedException {
    TesseractInstall install = TesseractInstall.check(opts.tesseract(), opts.languages());
    String runId = Instant.now().toString().replaceAll("[^0-9TZ]", "") + "-" + ProcessHandle.current().pid();
    try (CaseLock lock = CaseLock.acquire(kase.layout(), "ocr");
        CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      Path scratch = Scratch.freshRunFolder(kase.layout().tmp(), runId);
      ledger.append("run-start", startEntry(runId, install));
      OcrStage s = new OcrStage(kase, index, ledger, opts, runId, scratch, err);
      stage = s;
      if (stopping) {
        s.requestStop();
      }
      OcrSummary summary = s.run(install);
      ledger.append("run-end", endEntry(runId, summary));
      s.commit();
      Scratch.delete(scratch);
      return summary;
    } catch (IOException e) {
      throw IstragaException.io("cannot write case " + kase.root() + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Object> startEntry(String runId, TesseractInstall install) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run", runId);
    e.put("command", "ocr");
    e.put("istraga", Version.istraga());
    e.put("tika", Version.tika());
    e.put("java", System.getProperty("java.version"));
    e.put("tesseract", install.version());
    e.put("languages", opts.languages());
    e.put("threads", opts.threads());
    e.put("all_pages", opts.allPages());
    return e;
  }

  private static Map<String, Object> endEntry(String runId, OcrSummary s) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run", runId);
    e.put("command", "ocr");
    e.put("documents_done", s.documentsDone());
    e.put("documents_failed", s.documentsFailed());
    e.put("pages_read", s.pagesRead());
    e.put("pages_failed", s.pagesFailed());
    e.put("pending", s.pending());
    e.put("interrupted", s.interrupted());
    return e;
  }
}
