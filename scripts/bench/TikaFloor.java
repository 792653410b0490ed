import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.istraga.ingest.tika.ExtractionLimits;
import org.istraga.ingest.tika.TikaConfigWriter;

/**
 * The floor of the ingest benchmark: Apache Tika alone, in-process in ONE JVM, with the
 * parser configuration Istraga's forked workers load (written by {@code TikaConfigWriter}: PDF
 * settings, digests, archive guards), over the same files with the same number of threads, and
 * nothing else (no forked process, no metadata filters, no language, entities, index or custody).
 * The files are parsed several times in the same JVM: pass 1 is what a fresh JVM pays over them
 * (class loading and JIT compilation included), which is what one ingest run of these files
 * would pay at least; the later passes show Tika warm.
 *
 * <p>Run from the project root after {@code mvn -q -DskipTests package}:
 * <pre>java -cp 'target/istraga.jar:target/lib/*' scripts/bench/TikaFloor.java FILES THREADS PASSES OUT.jsonl</pre>
 * FILES lists one path per line. Writes one JSON object per pass to OUT.jsonl: pass, files,
 * wall_s, cpu_s (the whole JVM, compiler and GC threads included), chars of XHTML produced, and
 * startup_wall_s / startup_cpu_s, what the JVM spent before the first file (start, class loading,
 * Tika's configuration).
 */
public class TikaFloor {

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: TikaFloor FILES THREADS PASSES OUT.jsonl");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        files.add(Path.of(line));
      }
    }
    int threads = Integer.parseInt(args[1]);
    int passes = Integer.parseInt(args[2]);
    Path scratch = Files.createTempDirectory("istraga-tika-floor");
    Path config = TikaConfigWriter.write(scratch.resolve("tika-config.xml"), scratch.resolve("spool"),
        ExtractionLimits.defaults(), null);
    TikaConfig tika = new TikaConfig(config);
    ThreadLocal<AutoDetectParser> parsers = ThreadLocal.withInitial(() -> new AutoDetectParser(tika));
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      // JVM start, class loading and Tika's configuration, paid once per process before any file
      double startupWall = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
      double startupCpu = cpuNanos() / 1e9;
      for (int pass = 1; pass <= passes; pass++) {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (Path f : files) {
          results.add(pool.submit(() -> parse(parsers.get(), f)));
        }
        long chars = 0;
        int failed = 0;
        for (Future<Long> r : results) {
          long c = r.get();
          if (c < 0) {
            failed++;
          } else {
            chars += c;
          }
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        String line = String.format(Locale.ROOT,
            "{\"pass\": %d, \"files\": %d, \"failed\": %d, \"wall_s\": %.3f, \"cpu_s\": %.3f, \"chars\": %d,"
                + " \"startup_wall_s\": %.3f, \"startup_cpu_s\": %.3f}",
            pass, files.size(), failed, wall, cpu, chars, startupWall, startupCpu);
        out.println(line);
        out.flush();
        System.err.println("tika floor " + line);
      }
    } finally {
      deleteTree(scratch);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Parses one file as the forked workers do (every embedded document its own XHTML); -1 on failure. */
  private static long parse(AutoDetectParser parser, Path file) {
    RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
    RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
        new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.XML, -1), -1);
    ParseContext ctx = new ParseContext();
    ctx.set(Parser.class, parser);
    try (TikaInputStream in = TikaInputStream.get(file)) {
      wrapper.parse(in, handler, new Metadata(), ctx);
    } catch (Exception e) {
      return -1;
    }
    long chars = 0;
    for (Metadata m : handler.getMetadataList()) {
      String c = m.get(TikaCoreProperties.TIKA_CONTENT);
      chars += c == null ? 0 : c.length();
    }
    return chars;
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }
}
