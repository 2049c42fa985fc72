package org.mentra.sessions.events.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an event's feedback says, for everyone who may see the event: how many rated it, the average
 * (two decimals; left out of the JSON without ratings), how many gave each of 1 to 5, and the latest comments, named
 * only where their author allowed it.
 *
 * @param distribution always all five ratings, "1" to "5", with 0 where nobody gave it
 */
public record FeedbackSummary(int count, Double average, Map<Integer, Integer> distribution,
    List<RecentComment> recentComments) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** A comment without its author's name, unless they let it show. */
  public record RecentComment(String comment, String name, Instant at) {}

  /** One person's rating as the summary reads it; {@code name} is null unless they let it show. */
  public record Rated(int rating, String comment, String name, Instant at) {}

  public static FeedbackSummary of(Collection<Rated> ratings, int recentComments) {
    Map<Integer, Integer> distribution = distribution(ratings.stream().map(Rated::rating).toList());
    List<RecentComment> recent = ratings.stream()
        .filter(r -> r.comment() != null && !r.comment().isBlank())
        .sorted(Comparator.comparing(Rated::at).reversed())
        .limit(recentComments)
        .map(r -> new RecentComment(r.comment(), r.name(), r.at()))
        .toList();
    return new FeedbackSummary(ratings.size(), average(ratings.stream().map(Rated::rating).toList()), distribution,
        recent);
  }

  /** How many gave each rating, 1 to 5 in order. */
  public static Map<Integer, Integer> distribution(Collection<Integer> ratings) {
    Map<Integer, Integer> distribution = new TreeMap<>();
    for (int rating = LOWEST; rating <= HIGHEST; rating++) {
      distribution.put(rating, 0);
    }
    ratings.forEach(rating -> distribution.merge(rating, 1, Integer::sum));
    return distribution;
  }

  /** The mean, rounded half up to two decimals; null for no ratings (an average of nothing is no 0). */
  public static Double average(Collection<Integer> ratings) {
    if (ratings.isEmpty()) {
      return null;
    }
    long sum = ratings.stream().mapToLong(Integer::longValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP).doubleValue();
  }
}
