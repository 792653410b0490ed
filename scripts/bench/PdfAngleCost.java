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
 * What one PDF parser setting costs, measured as the ingest floor does ({@code TikaFloor.java}:
 * Tika alone in one JVM with the workers' configuration) but with two configurations in the same
 * JVM, passes alternating A, B, A, B... so that both see the same machine load and the same warm
 * JIT. A is the configuration {@code TikaConfigWriter} writes with {@code detectAngles} forced
 * off, B the same with {@code detectAngles} on (whichever the writer's default is). One warm-up
 * pass of each is run first and not counted. CPU is the whole JVM's (compiler and GC included);
 * on a shared machine compare CPU seconds, not wall time.
 *
 * <p>Run from the project root after {@code mvn -q -DskipTests package}:
 * <pre>java -cp 'target/istraga.jar:target/lib/*' scripts/bench/PdfAngleCost.java FILES THREADS ROUNDS [on-first]</pre>
 * FILES lists one path per line (scripts/bench/ingest writes its 2,001 PDFs to
 * /tmp/istraga-bench/ingest-files.txt); {@code on-first} runs B before A in every round.
 * Prints one JSON line per pass and a summary: median CPU seconds of A and B, B/A, and the number
 * of files whose extracted text length differs between A and B.
 */
public class PdfAngleCost {

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        files.add(Path.of(line));
      }
    }
    int threads = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    boolean onFirst = args.length > 3 && "on-first".equals(args[3]);
    Path scratch = Files.createTempDirectory("istraga-angle-cost");
    Path written = TikaConfigWriter.write(scratch.resolve("tika-config.xml"), scratch.resolve("spool"),
        ExtractionLimits.defaults(), null);
    String xml = Files.readString(written).replaceAll(
        "\\s*<param name=\"detectAngles\" type=\"bool\">(true|false)</param>", "");
    String anchor = "<param name=\"ocrStrategy\"";
    Path off = Files.writeString(scratch.resolve("off.xml"), xml.replace(anchor,
        "<param name=\"detectAngles\" type=\"bool\">false</param>" + anchor));
    Path on = Files.writeString(scratch.resolve("on.xml"), xml.replace(anchor,
        "<param name=\"detectAngles\" type=\"bool\">true</param>" + anchor));
    TikaConfig[] configs = {new TikaConfig(off), new TikaConfig(on)};
    String[] names = {"off", "on"};
    List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
    long[][] lengths = new long[2][];
    for (int pass = 0; pass <= rounds; pass++) {
      for (int k = 0; k < 2; k++) {
        int c = onFirst ? 1 - k : k;
        TikaConfig tika = configs[c];
        ThreadLocal<AutoDetectParser> parsers = ThreadLocal.withInitial(() -> new AutoDetectParser(tika));
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (Path f : files) {
          results.add(pool.submit(() -> parse(parsers.get(), f)));
        }
        long[] len = new long[files.size()];
        long chars = 0;
        for (int i = 0; i < len.length; i++) {
          len[i] = results.get(i).get();
          chars += Math.max(0, len[i]);
        }
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        double s = (cpuNanos() - cpu0) / 1e9;
        lengths[c] = len;
        if (pass > 0) {
          cpu.get(c).add(s);
        }
        System.out.println(String.format(Locale.ROOT,
            "{\"pass\": %d, \"detectAngles\": \"%s\", \"warmup\": %b, \"wall_s\": %.3f, \"cpu_s\": %.3f, \"chars\": %d}",
            pass, names[c], pass == 0, wall, s, chars));
      }
    }
    int differ = 0;
    long maxDiff = 0;
    for (int i = 0; i < files.size(); i++) {
      long d = Math.abs(lengths[0][i] - lengths[1][i]);
      if (d > 0) {
        differ++;
        maxDiff = Math.max(maxDiff, d);
      }
    }
    double a = median(cpu.get(0));
    double b = median(cpu.get(1));
    System.out.println(String.format(Locale.ROOT,
        "{\"files\": %d, \"threads\": %d, \"rounds\": %d, \"cpu_s_off\": %s, \"cpu_s_on\": %s,"
            + " \"median_cpu_s_off\": %.3f, \"median_cpu_s_on\": %.3f, \"on_over_off\": %.4f,"
            + " \"files_text_length_differs\": %d, \"max_length_difference\": %d}",
        files.size(), threads, rounds, cpu.get(0), cpu.get(1), a, b, b / a, differ, maxDiff));
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

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
