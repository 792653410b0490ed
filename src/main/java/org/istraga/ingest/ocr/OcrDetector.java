package org.istraga.ingest.ocr;

import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The detector of the forked OCR worker: every input is of the one type {@link OcrParser}
 * handles, so Tika dispatches to it without reading any bytes. The kind of input (PDF or image)
 * is known from the ingest and travels in the {@link OcrRequest}.
 */
public class OcrDetector implements Detector {

  private static final long serialVersionUID = 1L;

  /** The private media type every OCR input is given inside the worker. */
  public static final MediaType OCR_INPUT = MediaType.application("x-istraga-ocr-input");

  @Override
  public MediaType detect(InputStream input, Metadata metadata) {
    return OCR_INPUT;
  }
}
