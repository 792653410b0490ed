package org.istraga.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.istraga.index.IndexSchema;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.istraga.document.DocumentRecord;
import org.istraga.index.Analyzers;
import org.istraga.index.DocumentMapper;

/**
 * Prints a digest of everything the index receives for a sample of documents, per field: for an
 * analysed field every token's term, position increment, position length, start and end offset,
 * type, term frequency and payload, and each value's final offset and position increment (from
 * {@code end()}); for other fields their values. The documents are those of the search benchmark
 * (real corpus text from an ingested source case, {@link DocumentGenerator}), mapped by {@link
 * DocumentMapper} and analysed exactly as the IndexWriter does it ({@code
 * IndexableField.tokenStream} with {@link Analyzers#perField()}, reusing the previous stream).
 * Two runs over the same documents print the same lines if and only if (up to SHA-256
 * collisions) the index content is the same; it is how a change meant to make analysis cheaper
 * proves that it changed nothing that is indexed.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:target/lib/* org.istraga.bench.AnalysisDigest \
 *     --source-case /tmp/istraga-bench/source-case --docs 3000 [--seed 20240501]
 * </pre>
 *
 * <p>Output: one line per field (tokens, values, digest), then a total line. Cost: one analysis of
 * each document, single-threaded.
 *
 * <p>With {@code --time R}, it digests nothing: it analyses the same documents R times over and
 * prints, for the last round, the CPU time of the analysis per field (the thread's CPU time
 * around each field's token stream, consumed as the IndexWriter consumes it, without the
 * inversion), the way to see where analysis goes and to compare two builds of the code on the
 * same documents. A field whose tokens come from an analysis shared with other fields carries the
 * shared part when it is the first to ask for it.
 */
public final class AnalysisDigest {

  private AnalysisDigest() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!opts.containsKey("source-case")) {
      System.err.println("usage: AnalysisDigest --source-case DIR [--docs N] [--seed S] [--time ROUNDS]");
      System.exit(2);
    }
    Path source = Paths.get(opts.get("source-case"));
    long docs = Long.parseLong(opts.getOrDefault("docs", "3000"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "20240501"));
    SourceTexts texts = SourceTexts.load(source);
    DocumentGenerator gen = new DocumentGenerator(texts, seed);
    if (opts.containsKey("time")) {
      time(gen, docs, Integer.parseInt(opts.get("time")));
      return;
    }
    Digests d = new Digests();
    long t = System.nanoTime();
    for (long i = 0; i < docs; i++) {
      d.add(gen.generate(i));
    }
    System.err.printf(Locale.ROOT, "digested %,d documents in %.1f s%n", docs, (System.nanoTime() - t) / 1e9);
    d.print(docs, seed, texts.describe());
  }

  /** Analyses the documents {@code rounds} times; prints the last round's CPU time per field. */
  static void time(DocumentGenerator gen, long docs, int rounds) throws IOException {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    DocumentMapper mapper = new DocumentMapper(IndexSchema.newFacetsConfig());
    Analyzer analyzer = Analyzers.perField();
    java.util.List<DocumentRecord> records = new java.util.ArrayList<>();
    for (long i = 0; i < docs; i++) {
      records.add(gen.generate(i));
    }
    Map<String, long[]> perField = new TreeMap<>();
    Map<String, TokenStream> reuse = new TreeMap<>();
    long total = 0;
    for (int round = 1; round <= rounds; round++) {
      perField.clear();
      long roundStart = cpu.getCurrentThreadCpuTime();
      for (DocumentRecord r : records) {
        for (IndexableField f : mapper.toDocument(r).getFields()) {
          if (f.fieldType().indexOptions() == IndexOptions.NONE || !f.fieldType().tokenized()) {
            continue;
          }
          long t0 = cpu.getCurrentThreadCpuTime();
          TokenStream ts = f.tokenStream(analyzer, reuse.get(f.name()));
          reuse.put(f.name(), ts);
          long n = 0;
          try (ts) {
            TermToBytesRef bytes = new TermToBytesRef(ts);
            ts.reset();
            while (ts.incrementToken()) {
              bytes.touch();
              n++;
            }
            ts.end();
          }
          long[] acc = perField.computeIfAbsent(f.name(), k -> new long[2]);
          acc[0] += cpu.getCurrentThreadCpuTime() - t0;
          acc[1] += n;
        }
      }
      total = cpu.getCurrentThreadCpuTime() - roundStart;
      System.err.printf(Locale.ROOT, "round %d: %.2f CPU-s%n", round, total / 1e9);
    }
    long analysis = 0;
    for (long[] acc : perField.values()) {
      analysis += acc[0];
    }
    for (Map.Entry<String, long[]> e : perField.entrySet()) {
      long[] acc = e.getValue();
      System.out.printf(Locale.ROOT, "%-20s %8.3f CPU-s %5.1f%% %11d tokens %6.0f ns/token%n", e.getKey(), acc[0] / 1e9,
          100.0 * acc[0] / analysis, acc[1], acc[1] == 0 ? 0.0 : (double) acc[0] / acc[1]);
    }
    System.out.printf(Locale.ROOT, "analysis %.3f CPU-s of the round's %.3f (documents %d, last of %d rounds)%n",
        analysis / 1e9, total / 1e9, docs, rounds);
  }

  /** Reads each token's bytes, as the inversion does. */
  private static final class TermToBytesRef {
    private final org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute term;
    long sink;

    TermToBytesRef(TokenStream ts) {
      term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute.class);
    }

    void touch() {
      sink += term.getBytesRef().length;
    }
  }

  /** Per-field digests over a sequence of documents. */
  static final class Digests {
    private final DocumentMapper mapper = new DocumentMapper(IndexSchema.newFacetsConfig());
    private final Analyzer analyzer = Analyzers.perField();
    private final Map<String, FieldDigest> fields = new TreeMap<>();
    private final Map<String, TokenStream> reuse = new TreeMap<>();

    void add(DocumentRecord r) throws IOException {
      Document doc = mapper.toDocument(r);
      for (IndexableField f : doc.getFields()) {
        FieldDigest fd = fields.computeIfAbsent(f.name(), k -> new FieldDigest());
        fd.values++;
        fd.value(f);
        if (f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized()) {
          TokenStream ts = f.tokenStream(analyzer, reuse.get(f.name()));
          reuse.put(f.name(), ts);
          fd.tokens(ts);
        }
      }
      // a document boundary in every field seen so far
      for (FieldDigest fd : fields.values()) {
        fd.put("|doc|");
      }
    }

    void print(long docs, long seed, String source) {
      long tokens = 0;
      MessageDigest all = sha256();
      for (Map.Entry<String, FieldDigest> e : fields.entrySet()) {
        FieldDigest fd = e.getValue();
        String hex = HexFormat.of().formatHex(fd.md.digest());
        all.update((e.getKey() + "=" + hex + "\n").getBytes(StandardCharsets.UTF_8));
        tokens += fd.tokens;
        System.out.printf(Locale.ROOT, "%-28s values %9d tokens %11d  %s%n", e.getKey(), fd.values, fd.tokens, hex);
      }
      System.out.printf(Locale.ROOT, "TOTAL documents %d (seed %d) fields %d tokens %d  %s%n", docs, seed,
          fields.size(), tokens, HexFormat.of().formatHex(all.digest()));
      System.out.println("source: " + source);
    }
  }

  /** The running digest of one field. */
  static final class FieldDigest {
    final MessageDigest md = sha256();
    long values;
    long tokens;
    private final StringBuilder line = new StringBuilder();

    void tokens(TokenStream ts) throws IOException {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.hasAttribute(TypeAttribute.class) ? ts.getAttribute(TypeAttribute.class) : null;
      TermFrequencyAttribute freq = ts.hasAttribute(TermFrequencyAttribute.class)
          ? ts.getAttribute(TermFrequencyAttribute.class) : null;
      PayloadAttribute payload = ts.hasAttribute(PayloadAttribute.class) ? ts.getAttribute(PayloadAttribute.class) : null;
      try {
        ts.reset();
        while (ts.incrementToken()) {
          tokens++;
          line.setLength(0);
          line.append(term).append('\u0001').append(inc.getPositionIncrement()).append('\u0001')
              .append(len.getPositionLength()).append('\u0001').append(off.startOffset()).append('\u0001')
              .append(off.endOffset()).append('\u0001').append(type == null ? "" : type.type()).append('\u0001')
              .append(freq == null ? 1 : freq.getTermFrequency());
          BytesRef p = payload == null ? null : payload.getPayload();
          if (p != null && p.length > 0) {
            line.append('\u0001').append(p.utf8ToString());
          }
          put(line);
        }
        ts.end();
        line.setLength(0);
        line.append("|end|").append(off.endOffset()).append('\u0001').append(inc.getPositionIncrement());
        put(line);
      } finally {
        ts.close();
      }
    }

    void value(IndexableField f) {
      line.setLength(0);
      line.append("|value|").append(f.fieldType().indexOptions()).append('\u0001')
          .append(f.fieldType().docValuesType()).append('\u0001').append(f.fieldType().stored()).append('\u0001')
          .append(f.fieldType().pointDimensionCount()).append('\u0001').append(f.fieldType().tokenized())
          .append('\u0001').append(f.fieldType().omitNorms()).append('\u0001');
      BytesRef b = f.binaryValue();
      if (b != null) {
        line.append(HexFormat.of().formatHex(b.bytes, b.offset, b.offset + b.length));
      } else if (f.stringValue() != null) {
        line.append(f.stringValue());
      } else if (f.numericValue() != null) {
        line.append(f.numericValue());
      }
      put(line);
    }

    void put(CharSequence s) {
      md.update(s.toString().getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
