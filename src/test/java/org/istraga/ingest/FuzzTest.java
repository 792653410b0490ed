package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.Evidence;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of real PDFs, ZIPs, OOXML files and e-mails (the sample leak's, plus corpus
 * files when present): bit flips, truncation, splices of two files, repeated blocks. Every mutant
 * must end with a status, the run must complete, and the index must stay clean.
 *
 * <p>CI runs a bounded number of mutants; {@code scripts/fuzz ITERATIONS [SEED]} runs a long
 * campaign with the same code ({@code -Distraga.fuzz.iterations}, {@code -Distraga.fuzz.seed}) and
 * prints a status histogram. Findings are recorded in docs/reliability.md.
 */
class FuzzTest {

  @TempDir Path tmp;

  @Test
  void everyMutantGetsAStatusAndTheRunSurvives() throws Exception {
    int iterations = Integer.getInteger("istraga.fuzz.iterations", 48);
    long seed = Long.getLong("istraga.fuzz.seed", 20261127L);
    List<byte[]> seeds = seeds();
    assertTrue(seeds.size() >= 4, "seed files found");
    Random random = new Random(seed);
    Path leak = tmp.resolve("mutants");
    List<Path> mutants = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      byte[] base = seeds.get(random.nextInt(seeds.size()));
      byte[] m = mutate(base, seeds.get(random.nextInt(seeds.size())), random);
      mutants.add(Evidence.write(leak.resolve(String.format("m%05d.bin", i)), m));
    }
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", "--timeout", "60",
        "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals(iterations, r.json().get("files_seen").asLong());
    CaseRecords recs = CaseRecords.read(caseDir);
    Map<String, Integer> histogram = new TreeMap<>();
    for (Path m : mutants) {
      DocumentRecord rec = recs.byPathSuffix(m.getFileName().toString());
      assertNotNull(ExtractionStatus.fromLabel(rec.status), m.toString());
      histogram.merge(rec.status, 1, Integer::sum);
    }
    for (DocumentRecord rec : recs.all()) {
      assertNotNull(ExtractionStatus.fromLabel(rec.status), rec.firstPath());
    }
    try (Directory dir = FSDirectory.open(caseDir.resolve("index")); CheckIndex ci = new CheckIndex(dir)) {
      assertTrue(ci.checkIndex().clean);
    }
    System.out.println("fuzz: " + iterations + " mutants, seed " + seed + ", statuses " + histogram
        + ", documents " + recs.all().size());
  }

  private static List<byte[]> seeds() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(SampleCase.leak())) {
      files.addAll(s.filter(Files::isRegularFile).filter(FuzzTest::interesting).collect(Collectors.toList()));
    }
    if (Corpus.available()) {
      for (String dir : List.of("a_text_pdf", "e_office", "f_email", "g_archives")) {
        try (Stream<Path> s = Files.list(Corpus.location().resolve(dir))) {
          files.addAll(s.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 2_000_000)
              .sorted(Comparator.naturalOrder()).limit(8).collect(Collectors.toList()));
        }
      }
    }
    List<byte[]> out = new ArrayList<>();
    for (Path f : files) {
      out.add(Files.readAllBytes(f));
    }
    return out;
  }

  private static boolean interesting(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".pdf") || n.endsWith(".zip") || n.endsWith(".xlsx") || n.endsWith(".docx") || n.endsWith(".eml");
  }

  /** One of: bit flips, truncation, splice of two files, a repeated block. */
  static byte[] mutate(byte[] a, byte[] b, Random r) {
    byte[] m = a.clone();
    switch (r.nextInt(4)) {
      case 0 -> {
        int flips = 1 + r.nextInt(32);
        for (int i = 0; i < flips && m.length > 0; i++) {
          int at = r.nextInt(m.length);
          m[at] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1 -> m = java.util.Arrays.copyOf(m, m.length == 0 ? 0 : r.nextInt(m.length));
      case 2 -> {
        int cutA = m.length == 0 ? 0 : r.nextInt(m.length);
        int cutB = b.length == 0 ? 0 : r.nextInt(b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(m, 0, cutA);
        out.write(b, cutB, b.length - cutB);
        m = out.toByteArray();
      }
      default -> {
        if (m.length > 16) {
          int from = r.nextInt(m.length - 8);
          int len = 1 + r.nextInt(Math.min(4096, m.length - from));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(m, 0, from + len);
          for (int k = 0; k < 1 + r.nextInt(50); k++) {
            out.write(m, from, len);
          }
          out.write(m, from + len, m.length - from - len);
          m = out.toByteArray();
        }
      }
    }
    return m;
  }
}
