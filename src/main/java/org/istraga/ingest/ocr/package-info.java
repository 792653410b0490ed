/**
 * OCR: text for images and for PDF pages without a usable text layer, as a stage of its own.
 *
 * <p>OCR costs one to two orders of magnitude more than extracting a text layer, so it never
 * holds up the rest of an ingest. Extraction marks documents that need it ({@code ocr_state =
 * pending}, the pages chosen by {@link org.istraga.ingest.ocr.OcrPages}) and commits them: they
 * are searchable by name and metadata at once. The {@link org.istraga.ingest.ocr.OcrStage} then
 * works through that backlog, after {@code istraga ingest} or alone in {@code istraga ocr}
 * ({@link org.istraga.ingest.ocr.OcrRun}). Its state lives in the index: a run stopped at any
 * moment (Ctrl-C, kill -9) resumes with the documents still pending, and pages of a long scan
 * already read come back from the {@link org.istraga.ingest.ocr.PageCache}.
 *
 * <h2>Main classes</h2>
 * <ul>
 *   <li>{@link org.istraga.ingest.ocr.OcrStage}: feeder, workers, merge, ledger, commits.
 *   <li>{@link org.istraga.ingest.ocr.OcrWorker}: one warm forked worker process (Tika's
 *       PipesClient) per thread; PDFs from a leak are never opened in the main process.
 *   <li>{@link org.istraga.ingest.ocr.OcrParser}, running in the worker: makes each page image
 *       ({@link org.istraga.ingest.ocr.PdfPageImages}: the scan's own JPEG as it is, CCITT/JBIG2
 *       decoded to PBM, rendering only when needed; askew pages straightened by
 *       {@link org.istraga.ingest.ocr.SkewEstimator}; coloured stamps and signatures faded, fax
 *       pixels made square and salt-and-pepper specks removed by
 *       {@link org.istraga.ingest.ocr.ScanCleanup}; image files with transparency, skew, stamps or
 *       fax resolutions prepared by {@link org.istraga.ingest.ocr.ImageFileImage}) and runs the
 *       tesseract command ({@link org.istraga.ingest.ocr.TesseractRunner}: one process per core
 *       with {@code OMP_THREAD_LIMIT=1}, several pages per run; a page that reads as gibberish,
 *       being upside down or sideways, is checked with Tesseract's orientation detection and read
 *       again turned).
 *   <li>{@link org.istraga.ingest.ocr.OcrPages} and {@link org.istraga.ingest.ocr.TextLayerQuality}:
 *       which pages need OCR: no text layer, a layer that is not text (unmapped glyphs, symbols,
 *       words without vowels), or a scan with only a header or Bates number; the same rule at
 *       ingest and in the stage.
 *   <li>{@link org.istraga.ingest.ocr.OcrMerge}: puts page texts into the record
 *       ({@code ocr_pages}, {@code ocr_state}, status, language).
 *   <li>{@link org.istraga.ingest.ocr.OcrQueue}: the backlog in the index (documents, pages).
 *   <li>{@link org.istraga.ingest.ocr.TesseractInstall}: finds Tesseract and its languages, or
 *       says how to install them.
 * </ul>
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * try (CaseLock lock = CaseLock.acquire(kase.layout(), "ocr");
 *     CaseIndex index = CaseIndex.openWriter(kase);
 *     CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
 *   OcrStage stage = new OcrStage(kase, index, ledger, OcrOptions.defaults(2, "srp+srp_latn+eng"),
 *       runId, scratchDir, err);
 *   OcrSummary s = stage.run();   // throws TesseractInstall.Unavailable when Tesseract is missing
 * }
 * // or simply: new OcrRun(kase, options, err).run();
 * }</pre>
 */
package org.istraga.ingest.ocr;
