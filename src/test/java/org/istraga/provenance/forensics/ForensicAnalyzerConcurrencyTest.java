package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/** One analyzer shared by several threads gives the same reports as sequential use. */
class ForensicAnalyzerConcurrencyTest {

  @Test
  void sharedAnalyzerIsThreadSafe() throws Exception {
    List<String> files =
        List.of(
            "c_pdf_features/minimal-two-fields-signed-twice.pdf",
            "c_pdf_features/testPDF_incrementalUpdates.pdf",
            "c_pdf_features/bug854315.pdf",
            "e_office/testWORD_2006ml.docx",
            "e_office/testODFwithOOo3.odt",
            "e_office/E-MODELE_CONTRAT_2007_EN.doc",
            "f_email/complex.mbox",
            "f_email/testMSG.msg");
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults().withClock(clock));
    List<String> sequential = new ArrayList<>();
    for (String f : files) {
      sequential.add(analyzer.analyze(Corpus.file(f), null).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (String f : files) {
          futures.add(pool.submit(() -> analyzer.analyze(Corpus.file(f), null).toJson()));
        }
        for (int i = 0; i < files.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), files.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
