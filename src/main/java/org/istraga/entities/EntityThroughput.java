package org.istraga.entities;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small throughput measurement for scripts/bench (no JMH): extracts entities from every
 * {@code .txt} file under the given folders (default: the evaluation texts in {@code
 * src/test/resources/entities/eval}) repeatedly and prints MB/s and the cost per 10 KB.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) org.istraga.entities.EntityThroughput [dir...] [--seconds N]
 * </pre>
 */
public final class EntityThroughput {

  private EntityThroughput() {}

  /**
   * Result of one measurement: {@code seconds} is the CPU time of the measuring thread (so other
   * processes on a shared machine do not distort it), {@code wallSeconds} the elapsed time.
   */
  public record Result(long chars, long mentions, double seconds, double wallSeconds) {
    /** Megabytes (10⁶ chars) of text per second, on one thread. */
    public double megabytesPerSecond() {
      return chars / 1e6 / seconds;
    }

    /** Milliseconds per 10,000 chars. */
    public double millisPer10k() {
      return seconds * 1000.0 / (chars / 10_000.0);
    }
  }

  public static void main(String[] args) throws IOException {
    List<Path> dirs = new ArrayList<>();
    double seconds = 5;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seconds") && i + 1 < args.length) {
        seconds = Double.parseDouble(args[++i]);
      } else {
        dirs.add(Paths.get(args[i]));
      }
    }
    if (dirs.isEmpty()) {
      dirs.add(Paths.get("src/test/resources/entities/eval"));
    }
    List<String> texts = new ArrayList<>();
    for (Path d : dirs) {
      texts.addAll(readTexts(d));
    }
    if (texts.isEmpty()) {
      System.err.println("no .txt files under " + dirs);
      System.exit(2);
    }
    Result r = measure(EntityExtractor.standard(), texts, seconds);
    print(System.out, texts.size(), r);
  }

  /** Reads every {@code .txt} file under {@code dir} as UTF-8. */
  public static List<String> readTexts(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Warms up for a second, then extracts from all texts in a loop for about {@code seconds}. */
  public static Result measure(EntityExtractor x, List<String> texts, double seconds) {
    long warmEnd = System.nanoTime() + 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (String t : texts) {
        x.extract(t);
      }
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long chars = 0;
    long mentions = 0;
    long start = System.nanoTime();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long end = start + (long) (seconds * 1e9);
    do {
      for (String t : texts) {
        mentions += x.extract(t).size();
        chars += t.length();
      }
    } while (System.nanoTime() < end);
    double wall = (System.nanoTime() - start) / 1e9;
    double used = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : wall;
    return new Result(chars, mentions, used, wall);
  }

  static void print(PrintStream out, int files, Result r) {
    out.printf("entity extraction: %d texts, %.1f MB processed in %.2f s CPU (%.2f s wall), %d"
        + " mentions%n", files, r.chars() / 1e6, r.seconds(), r.wallSeconds(), r.mentions());
    out.printf("throughput: %.2f MB/s per core, %.3f ms CPU per 10 KB%n",
        r.megabytesPerSecond(), r.millisPer10k());
  }
}
