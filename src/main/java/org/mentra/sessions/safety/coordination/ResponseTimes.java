package org.mentra.sessions.safety.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How fast reports of one kind (urgent, or ordinary) got their first human action (a claim or a decision),
 * against the target: the median and the 90th percentile of the measured ones, and how many missed the target
 * (acted on later, or still untouched past it).
 *
 * @param reports the reports of the period
 * @param measured those with a first action
 * @param median half were acted on within this; empty when none was measured
 * @param p90 nine in ten were acted on within this (nearest rank); empty when none was measured
 * @param missed acted on after the target, or untouched and older than it
 */
public record ResponseTimes(Duration target, int reports, int measured, Optional<Duration> median,
    Optional<Duration> p90, int missed) {

  /** One report's times: when it came in and, if any, its first action. */
  public record Sample(Instant reportedAt, Optional<Instant> firstActionAt) {}

  public static ResponseTimes of(List<Sample> samples, Duration target, Instant now) {
    List<Duration> times = samples.stream().flatMap(s -> s.firstActionAt().stream()
        .map(first -> Duration.between(s.reportedAt(), first))).sorted().toList();
    int missed = (int) samples.stream().filter(s -> s.firstActionAt()
        .map(first -> Duration.between(s.reportedAt(), first).compareTo(target) > 0)
        .orElseGet(() -> Duration.between(s.reportedAt(), now).compareTo(target) > 0)).count();
    return new ResponseTimes(target, samples.size(), times.size(), median(times), percentile(times, 90), missed);
  }

  /** Whether the measure keeps to the target: nine in ten acted on within it. */
  public boolean withinTarget() {
    return p90.map(p -> p.compareTo(target) <= 0).orElse(true) && missed == 0;
  }

  private static Optional<Duration> median(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
  }

  /** The nearest-rank percentile: the smallest time at least {@code p} % of the reports are within. */
  private static Optional<Duration> percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Optional.of(sorted.get(Math.max(rank, 1) - 1));
  }
}
