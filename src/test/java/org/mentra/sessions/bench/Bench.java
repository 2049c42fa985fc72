package org.mentra.sessions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What every benchmark of the {@code bench} profile shares: warm timings (median of a few runs after
 * warm-ups) and a table printed as Markdown, ready for the README, and kept in {@code target/bench/}.
 * A benchmark is a JUnit class in this package named {@code *Benchmark}; {@code mvn -B -o -Pbench verify}
 * runs them all and nothing else (the default build skips them).
 */
public final class Bench {

  private Bench() {}

  /**
   * A result, the median wall-clock time of the runs that made it, and the median CPU time of the thread
   * (what the work costs whatever else runs on the machine).
   */
  public record Timed<T>(T result, double medianMillis, double medianCpuMillis) {}

  /**
   * Runs {@code task} {@code warmups} times untimed, then {@code runs} times timed, each on a fresh input from
   * {@code setup} (made outside the timing).
   *
   * @return the last run's result and the median times
   */
  public static <I, T> Timed<T> median(int warmups, int runs, Supplier<I> setup, Function<I, T> task) {
    for (int i = 0; i < warmups; i++) {
      task.apply(setup.get());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] millis = new double[runs];
    double[] cpuMillis = new double[runs];
    T result = null;
    for (int i = 0; i < runs; i++) {
      I input = setup.get();
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      result = task.apply(input);
      millis[i] = (System.nanoTime() - start) / 1e6;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }
    return new Timed<>(result, median(millis), median(cpuMillis));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** "2 cores, Java 17.0.x, max heap 1024 MB": printed above each table. */
  public static String machine() {
    return String.format(Locale.ROOT, "%d cores, Java %s, max heap %d MB, load average %.2f",
        Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** A Markdown table, built row by row. */
  public static final class Table {
    private final String name;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String name, String... header) {
      this.name = name;
      this.header = List.of(header);
    }

    public Table row(Object... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("a row of " + header.size() + " cells expected");
      }
      rows.add(Arrays.stream(cells).map(String::valueOf).toList());
      return this;
    }

    public String markdown() {
      StringBuilder text = new StringBuilder();
      text.append("| ").append(String.join(" | ", header)).append(" |\n");
      text.append("|").append(" --- |".repeat(header.size())).append('\n');
      rows.forEach(r -> text.append("| ").append(String.join(" | ", r)).append(" |\n"));
      return text.toString();
    }

    /**
     * Prints the table under its name and the machine, followed by any further Markdown (other tables of the
     * same benchmark), and writes it all to {@code target/bench/<name>.md}.
     */
    public void print(String... more) {
      String text = "### " + name + "\n\n" + machine() + "\n\n" + markdown()
          + Arrays.stream(more).map(m -> "\n" + m).collect(Collectors.joining());
      System.out.println(text);
      try {
        Path file = Path.of("target", "bench", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
