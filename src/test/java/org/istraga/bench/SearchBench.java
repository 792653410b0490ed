package org.istraga.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.search.CaseSearcher;
import org.istraga.search.SearchRequest;
import org.istraga.search.SearchResult;
import org.istraga.search.SortOrder;
import org.istraga.search.TagLookup;

/**
 * The search benchmark ({@code scripts/bench/search}; docs/benchmarks.md). Two steps:
 *
 * <pre>
 * build --source-case DIR --case DIR --docs N [--seed S] [--threads T]
 *     generate N documents from the source case's real text (reproducible from the seed) and
 *     index them through CaseIndex, as the ingest does; resumes an interrupted build; ends by
 *     letting the merge policy finish its merges ({@link CaseIndex#commitMerged})
 * merge --case DIR
 *     only that last step, on an existing case
 * query --case DIR --spec FILE [--rounds R] [--warmup W] [--out FILE]
 *     run the spec's fixed query mix, each query with the spec's facets, a 10-hit page and
 *     snippets, R rounds in a seeded shuffled order after W warm-up rounds; report median and
 *     p99 latency (wall clock) and CPU time (the searching threads) per category and index
 *     bytes per document, and re-check the spec's targets
 *     and expected totals recorded under the same index schema (exit 1 when one fails); {@code
 *     --record true} writes this run's totals and the schema
 *     into the spec as the expected totals for this document count
 * </pre>
 *
 * Not a unit test: it never runs under {@code mvn test}.
 */
public final class SearchBench {

  private static final String NEXT = "bench.next";
  private static final String SEED = "bench.seed";
  private static final int BATCH = 20_000;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      return;
    }
    Map<String, String> opts = options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "build":
        build(Paths.get(need(opts, "source-case")), Paths.get(need(opts, "case")), Long.parseLong(need(opts, "docs")),
            Long.parseLong(opts.getOrDefault("seed", "20240501")), Integer.parseInt(opts.getOrDefault("threads", "1")));
        break;
      case "merge":
        merge(Paths.get(need(opts, "case")));
        break;
      case "query":
        int code = query(Paths.get(need(opts, "case")), Paths.get(need(opts, "spec")), Integer.parseInt(opts.getOrDefault("rounds", "20")),
            Integer.parseInt(opts.getOrDefault("warmup", "3")), opts.get("out"),
            Boolean.parseBoolean(opts.getOrDefault("snippets", "true")), Integer.parseInt(opts.getOrDefault("threads", "1")),
            Boolean.parseBoolean(opts.getOrDefault("record", "false")));
        System.exit(code);
        break;
      default:
        usage();
        System.exit(2);
    }
  }

  private static void usage() {
    System.err.println("usage: SearchBench build --source-case DIR --case DIR --docs N [--seed S] [--threads T]");
    System.err.println("       SearchBench merge --case DIR");
    System.err.println("       SearchBench query --case DIR --spec FILE [--rounds R] [--warmup W] [--out FILE] [--snippets false] [--threads T] [--record true]");
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  private static String need(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }

  // ---- build ----

  static void build(Path sourceCase, Path caseDir, long docs, long seed, int threads) throws Exception {
    SourceTexts texts = SourceTexts.load(sourceCase);
    System.err.println("source: " + texts.describe());
    DocumentGenerator gen = new DocumentGenerator(texts, seed);
    Case kase = Case.openOrCreate(caseDir, IndexSchema.caseSchema());
    long start = System.nanoTime();
    long textChars = 0;
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      Map<String, String> data = index.commitData();
      long next = Long.parseLong(data.getOrDefault(NEXT, "0"));
      if (next > 0 && !Long.toString(seed).equals(data.get(SEED))) {
        throw new IllegalStateException(caseDir + " was built with seed " + data.get(SEED) + "; use another --case");
      }
      System.err.printf(Locale.ROOT, "building %,d documents into %s (resuming at %,d) with %d thread(s)%n", docs, caseDir, next, threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        while (next < docs) {
          long from = next;
          long to = Math.min(docs, from + BATCH);
          List<Future<Long>> parts = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int lane = t;
            parts.add(pool.submit(() -> {
              long chars = 0;
              for (long i = from + lane; i < to; i += threads) {
                var r = gen.generate(i);
                chars += r.text.length();
                index.put(r);
              }
              return chars;
            }));
          }
          for (Future<Long> f : parts) {
            textChars += f.get();
          }
          next = to;
          index.commit(Map.of(NEXT, Long.toString(next), SEED, Long.toString(seed)));
          double secs = (System.nanoTime() - start) / 1e9;
          System.err.printf(Locale.ROOT, "  %,d documents, %.0f s, %.0f docs/s, %.1f MB text/s%n", next, secs,
              (next - Long.parseLong(data.getOrDefault(NEXT, "0"))) / secs, textChars / 1e6 / secs);
        }
      } finally {
        pool.shutdown();
      }
      finishMerges(index);
    }
    System.err.printf(Locale.ROOT, "built in %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** Completes the merges the merge policy wants (as an ingest run should before it ends). */
  static void finishMerges(CaseIndex index) throws IOException {
    long t = System.nanoTime();
    index.refresh();
    int before = segments(index);
    index.commitMerged();
    index.refresh();
    System.err.printf(Locale.ROOT, "merges finished in %.0f s: %d segments before, %d after%n",
        (System.nanoTime() - t) / 1e9, before, segments(index));
  }

  /** Segments in the index's current searcher view. */
  private static int segments(CaseIndex index) throws IOException {
    try (CaseIndex.Handle h = index.searcher()) {
      return h.reader().leaves().size();
    }
  }

  /** Finishes the merges of an existing benchmark case. */
  static void merge(Path caseDir) throws IOException {
    Case kase = Case.open(caseDir, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      finishMerges(index);
    }
  }

  /** The spec's layout (two-space indent, one array element a line, {@code "key": value}), so a re-record diffs cleanly. */
  static com.fasterxml.jackson.core.util.DefaultPrettyPrinter specPrinter() {
    com.fasterxml.jackson.core.util.DefaultIndenter indent = new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
    com.fasterxml.jackson.core.util.DefaultPrettyPrinter p = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    p.indentObjectsWith(indent);
    p.indentArraysWith(indent);
    return p;
  }

  // ---- query ----

  /** One query of the mix. */
  record Spec(String category, String query) {}

  static int query(Path caseDir, Path specFile, int rounds, int warmup, String out, boolean snippets, int threads,
      boolean record) throws IOException {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Thread> searchThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    searchThreads.add(Thread.currentThread());
    String loadBefore = loadAverage();
    JsonNode spec = Json.mapper().readTree(Files.readString(specFile, StandardCharsets.UTF_8));
    List<String> facets = new ArrayList<>();
    spec.get("facets").forEach(f -> facets.add(f.asText()));
    List<Spec> mix = new ArrayList<>();
    for (JsonNode q : spec.get("queries")) {
      mix.add(new Spec(q.get("category").asText(), q.get("query").asText()));
    }
    Case kase = Case.open(caseDir, IndexSchema.caseSchema());
    PrintStream o = System.out;
    Map<String, List<Double>> latencies = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    long docs;
    long coldMicros;
    String seed;
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      docs = h.reader().numDocs();
      seed = index.commitData().getOrDefault(SEED, "?");
      // each CLI search runs in a fresh process, so Lucene's query cache never helps it; measure
      // the same work here instead of cache hits of repeated queries
      java.util.concurrent.ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "bench-search");
        t.setDaemon(true);
        searchThreads.add(t);
        return t;
      }) : null;
      org.apache.lucene.search.IndexSearcher is = pool == null ? h.searcher() : new org.apache.lucene.search.IndexSearcher(h.reader(), pool);
      is.setQueryCache(null);
      CaseSearcher searcher = new CaseSearcher(is, TagLookup.NONE, pool);
      long t0 = System.nanoTime();
      run(searcher, mix.get(0), facets, snippets);
      coldMicros = (System.nanoTime() - t0) / 1000;
      for (int w = 0; w < warmup; w++) {
        for (Spec s : mix) {
          run(searcher, s, facets, snippets);
        }
      }
      Random random = new Random(99);
      for (int round = 0; round < rounds; round++) {
        List<Spec> order = new ArrayList<>(mix);
        Collections.shuffle(order, random);
        for (Spec s : order) {
          long c = cpuOf(cpu, searchThreads);
          long t = System.nanoTime();
          SearchResult r = run(searcher, s, facets, snippets);
          double ms = (System.nanoTime() - t) / 1e6;
          double cpuMs = (cpuOf(cpu, searchThreads) - c) / 1e6;
          latencies.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(ms);
          latencies.computeIfAbsent("cpu:" + s.category(), k -> new ArrayList<>()).add(cpuMs);
          latencies.computeIfAbsent("query:" + s.query(), k -> new ArrayList<>()).add(ms);
          totals.put(s.query(), r.total());
        }
      }
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    long bytes = indexBytes(kase.layout().index());
    ObjectNode result = Json.mapper().createObjectNode();
    result.put("documents", docs);
    result.put("index_bytes", bytes);
    result.put("bytes_per_document", docs == 0 ? 0 : bytes / docs);
    result.put("rounds", rounds);
    result.put("first_query_ms_cold_facets", coldMicros / 1000.0);
    result.put("snippets", snippets);
    result.put("threads", threads);
    result.put("load_average_before", loadBefore);
    result.put("load_average_after", loadAverage());
    ObjectNode cats = result.putObject("categories");
    o.printf(Locale.ROOT, "%,d documents, index %.2f GB (%,d bytes/document); first query (facet state cold) %.0f ms%n",
        docs, bytes / 1e9, docs == 0 ? 0 : bytes / docs, coldMicros / 1000.0);
    o.printf(Locale.ROOT, "load average before %s, after %s (%d cores); snippets %s; %d search thread(s)%n", loadBefore,
        loadAverage(), Runtime.getRuntime().availableProcessors(), snippets ? "on" : "off", threads);
    o.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %9s %9s%n", "category", "queries", "p50 ms", "p99 ms", "max ms", "cpu p50", "cpu p99");
    int failures = 0;
    JsonNode targets = spec.path("targets").path(bucket(docs));
    for (Map.Entry<String, List<Double>> e : latencies.entrySet()) {
      if (e.getKey().startsWith("query:") || e.getKey().startsWith("cpu:")) {
        continue;
      }
      double[] cpuMs = sorted(latencies.get("cpu:" + e.getKey()));
      double[] v = sorted(e.getValue());
      double p50 = percentile(v, 50);
      double p99 = percentile(v, 99);
      ObjectNode c = cats.putObject(e.getKey());
      c.put("samples", v.length);
      c.put("p50_ms", round(p50));
      c.put("p99_ms", round(p99));
      c.put("max_ms", round(v[v.length - 1]));
      c.put("cpu_p50_ms", round(percentile(cpuMs, 50)));
      c.put("cpu_p99_ms", round(percentile(cpuMs, 99)));
      String verdict = "";
      JsonNode t = targets.path(e.getKey());
      if (!t.isMissingNode()) {
        boolean ok = p50 <= t.get("p50_ms").asDouble() && p99 <= t.get("p99_ms").asDouble();
        verdict = String.format(Locale.ROOT, "  target p50 <= %s, p99 <= %s: %s", t.get("p50_ms").asText(),
            t.get("p99_ms").asText(), ok ? "PASS" : "FAIL");
        c.put("target_met", ok);
        failures += ok ? 0 : 1;
      }
      o.printf(Locale.ROOT, "%-10s %8d %8.1f %8.1f %8.1f %9.1f %9.1f%s%n", e.getKey(), v.length, p50, p99, v[v.length - 1],
          percentile(cpuMs, 50), percentile(cpuMs, 99), verdict);
    }
    ObjectNode perQuery = result.putObject("queries");
    String size = Long.toString(docs);
    boolean sameSeed = seed.equals(spec.path("expected_totals_seed").asText());
    int recordedSchema = spec.path("expected_totals_schema").path(size).asInt(-1);
    boolean sameSchema = recordedSchema == IndexSchema.VERSION;
    JsonNode expected = sameSeed && sameSchema ? spec.path("expected_totals").path(size) : Json.mapper().createObjectNode();
    if (!sameSeed) {
      o.println("(totals not checked: the case was built with seed " + seed + ", the spec records seed "
          + spec.path("expected_totals_seed").asText() + ")");
    } else if (!spec.path("expected_totals").has(size)) {
      o.println("(totals not checked: none recorded for " + size + " documents; --record true records them)");
    } else if (!sameSchema) {
      o.println("(totals not checked: those of " + size + " documents were recorded under index schema "
          + (recordedSchema < 0 ? "unknown" : recordedSchema) + ", this Istraga indexes with schema "
          + IndexSchema.VERSION + "; compare this run's totals, then --record true)");
    }
    o.printf(Locale.ROOT, "%n%-10s %10s %8s %8s  %s%n", "category", "total", "p50 ms", "p99 ms", "query");
    for (Spec s : mix) {
      double[] v = sorted(latencies.get("query:" + s.query()));
      ObjectNode q = perQuery.putObject(s.query());
      q.put("category", s.category());
      q.put("total", totals.get(s.query()));
      q.put("p50_ms", round(percentile(v, 50)));
      q.put("p99_ms", round(percentile(v, 99)));
      String check = "";
      if (expected.has(s.query())) {
        boolean same = expected.get(s.query()).asLong() == totals.get(s.query());
        check = same ? "" : "  EXPECTED TOTAL " + expected.get(s.query()).asLong() + ": FAIL";
        failures += same ? 0 : 1;
      }
      o.printf(Locale.ROOT, "%-10s %,10d %8.1f %8.1f  %s%s%n", s.category(), totals.get(s.query()), percentile(v, 50),
          percentile(v, 99), s.query(), check);
    }
    if (out != null) {
      Files.writeString(Paths.get(out), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
    }
    if (record) {
      ObjectNode updated = (ObjectNode) spec;
      updated.put("expected_totals_seed", seed);
      ObjectNode all = updated.has("expected_totals") ? (ObjectNode) updated.get("expected_totals") : updated.putObject("expected_totals");
      ObjectNode forSize = all.putObject(size);
      totals.forEach(forSize::put);
      ObjectNode schemas = updated.has("expected_totals_schema")
          ? (ObjectNode) updated.get("expected_totals_schema") : updated.putObject("expected_totals_schema");
      schemas.put(size, IndexSchema.VERSION);
      Files.writeString(specFile, Json.mapper().writer(specPrinter()).writeValueAsString(updated) + "\n");
      o.println("recorded the totals of " + docs + " documents in " + specFile);
    }
    o.println(failures == 0 ? "\nall checks passed" : "\n" + failures + " check(s) failed");
    return failures == 0 ? 0 : 1;
  }

  private static SearchResult run(CaseSearcher searcher, Spec s, List<String> facets, boolean snippets) throws IOException {
    return searcher.search(new SearchRequest(s.query(), List.of(), facets, 10, SortOrder.RELEVANCE, 10, null, snippets));
  }

  /** CPU time of the calling thread and of the search pool's threads, in nanoseconds. */
  private static long cpuOf(java.lang.management.ThreadMXBean cpu, List<Thread> threads) {
    long sum = 0;
    for (Thread t : threads) {
      long v = cpu.getThreadCpuTime(t.getId());
      sum += Math.max(0, v);
    }
    return sum;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The targets key for an index size: targets are given per 100k and 1M documents. */
  private static String bucket(long docs) {
    return docs >= 900_000 ? "1000000" : docs >= 90_000 ? "100000" : Long.toString(docs);
  }

  private static double[] sorted(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v;
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static long indexBytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
