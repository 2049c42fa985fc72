package org.mentra.sessions.mail;

import java.time.Duration;

/**
 * A duration in words for people, the one way every mail, page and refusal says one: "1 hour",
 * "90 minutes", "72 hours"; or roughly, for time that is running out: "about 5 hours".
 */
public final class DurationWords {

  private DurationWords() {}

  /** Exactly: whole hours as hours, anything else in minutes ("1 hour", "90 minutes", "24 hours"). */
  public static String exactly(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes != 0 && minutes % 60 == 0) {
      return count(minutes / 60, "hour");
    }
    return count(minutes, "minute");
  }

  /** Roughly, rounded to minutes under an hour and to hours above ("about 5 minutes", "about 2 hours"). */
  public static String about(Duration duration) {
    long minutes = Math.max(1, Math.round(duration.toSeconds() / 60.0));
    if (minutes < 60) {
      return "about " + count(minutes, "minute");
    }
    return "about " + count(Math.round(minutes / 60.0), "hour");
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
