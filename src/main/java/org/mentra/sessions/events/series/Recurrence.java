package org.mentra.sessions.events.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.mentra.sessions.shared.InvalidInput;

/**
 * The RRULE of an event series (RFC 5545 3.3.10), parsed and checked once so that nothing later
 * meets an iCal4j exception. A series rule must end (COUNT or UNTIL): each occurrence becomes an
 * event people register for, so an endless rule has no meaning here. The time of day comes from the
 * first occurrence, so rules repeat daily at the most and take no BYHOUR/BYMINUTE/BYSECOND.
 * {@link SeriesSchedule} expands it in the event's zone and checks the bounds.
 */
public final class Recurrence {

  static final String FIELD = "recurrenceRule";
  private static final Set<Frequency> TOO_FREQUENT = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);
  private static final DateTimeFormatter UTC_FORM = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final int MAX_LENGTH = 500;

  private final Recur<ZonedDateTime> recur;
  private final Recur<LocalDateTime> wallClock;
  private final String rule;

  private Recurrence(Recur<ZonedDateTime> recur) {
    this.recur = recur;
    this.rule = recur.toString();
    this.wallClock = new Recur<>(withoutUntil(rule));
  }

  /** The rule, with or without the {@code RRULE:} prefix; anything else is refused with what is allowed. */
  public static Recurrence parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("A series needs a recurrence rule (RFC 5545 RRULE), e.g. FREQ=WEEKLY;COUNT=10.");
    }
    String rule = text.strip();
    if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
      rule = rule.substring(6);
    }
    if (rule.length() > MAX_LENGTH) {
      throw invalid("The recurrence rule is longer than " + MAX_LENGTH + " characters.");
    }
    Recur<ZonedDateTime> recur;
    try {
      recur = new Recur<>(rule.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) { // iCal4j says IllegalArgument, NumberFormat, DateTimeParse…: all mean a bad rule
      throw invalid("The recurrence rule '" + shortened(rule) + "' is not an RFC 5545 RRULE (" + e.getMessage()
          + "); write it like FREQ=WEEKLY;BYDAY=MO;COUNT=10.");
    }
    return checked(recur);
  }

  private static Recurrence checked(Recur<ZonedDateTime> recur) {
    if (TOO_FREQUENT.contains(recur.getFrequency())) {
      throw invalid("A series repeats DAILY, WEEKLY, MONTHLY or YEARLY, not " + recur.getFrequency() + ".");
    }
    if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty()) {
      throw invalid("A series takes its time of day from the first occurrence: leave out BYHOUR, BYMINUTE and BYSECOND.");
    }
    if (recur.getInterval() < -1 || recur.getInterval() == 0) { // iCal4j reports a missing INTERVAL as -1
      throw invalid("INTERVAL must be 1 or more.");
    }
    Temporal until = untilOf(recur);
    boolean counted = recur.getCount() > 0;
    if (recur.getCount() == 0 || recur.getCount() < -1) {
      throw invalid("COUNT must be 1 or more.");
    }
    if (counted && until != null) {
      throw invalid("A recurrence rule has COUNT or UNTIL, not both (RFC 5545).");
    }
    if (!counted && until == null) {
      throw invalid("A series must end: add COUNT (e.g. COUNT=10) or UNTIL (a UTC time like 20270301T000000Z).");
    }
    if (until != null && !(until instanceof OffsetDateTime utc && utc.getOffset().equals(ZoneOffset.UTC))) {
      throw invalid("UNTIL must be a UTC time like 20270301T000000Z: a series has a time zone, so RFC 5545 asks "
          + "for UNTIL in UTC.");
    }
    return new Recurrence(recur);
  }

  /** The rule in its RFC 5545 form, as it goes into an RRULE property. */
  public String rule() {
    return rule;
  }

  /** The number of occurrences, when the rule ends by COUNT. */
  public OptionalInt count() {
    return recur.getCount() > 0 ? OptionalInt.of(recur.getCount()) : OptionalInt.empty();
  }

  /** The last moment an occurrence may start, when the rule ends by UNTIL. */
  public Optional<Instant> until() {
    Temporal until = untilOf(recur);
    return until == null ? Optional.empty() : Optional.of(Instant.from(until));
  }

  /** The same rule ending after the given number of occurrences. */
  Recurrence withCount(int count) {
    return withEnd("COUNT=" + count);
  }

  /** The same rule with its last possible start at the given instant (written in UTC). */
  Recurrence withUntil(Instant until) {
    return withEnd("UNTIL=" + UTC_FORM.format(until.atOffset(ZoneOffset.UTC)));
  }

  private Recurrence withEnd(String end) {
    return checked(new Recur<>(without(rule, "COUNT=", "UNTIL=") + ";" + end));
  }

  /**
   * The rule over wall-clock times, without its UNTIL (an instant, which {@link SeriesSchedule} applies
   * itself): expanding local times and only then placing each in the zone is what makes a start in a
   * daylight-saving gap move for that day alone.
   */
  Recur<LocalDateTime> wallClock() {
    return wallClock;
  }

  private static String withoutUntil(String rule) {
    return without(rule, "UNTIL=");
  }

  private static String without(String rule, String... prefixes) {
    List<String> parts = new ArrayList<>();
    for (String part : rule.split(";")) {
      if (Stream.of(prefixes).noneMatch(part::startsWith)) {
        parts.add(part);
      }
    }
    return String.join(";", parts);
  }

  /**
   * The rule in words for people, e.g. "weekly on Monday and Wednesday, 10 times" or "every 2 weeks
   * on Monday, until 1 Mar 2027"; rules with parts it does not describe (BYSETPOS, BYMONTHDAY…) add
   * the rule itself in brackets rather than say something wrong.
   */
  public String describe() {
    int interval = Math.max(1, recur.getInterval());
    String unit = switch (recur.getFrequency()) {
      case DAILY -> "day";
      case WEEKLY -> "week";
      case MONTHLY -> "month";
      default -> "year";
    };
    StringBuilder text = new StringBuilder(interval == 1
        ? (unit.equals("day") ? "daily" : unit + "ly")
        : "every " + interval + " " + unit + "s");
    List<WeekDay> days = recur.getDayList();
    boolean plainDays = days.stream().allMatch(d -> d.getOffset() == 0);
    if (!days.isEmpty() && plainDays) {
      List<String> names = days.stream()
          .map(d -> WeekDay.getDayOfWeek(d).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
      text.append(" on ").append(names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
    }
    count().ifPresent(c -> text.append(", ").append(c == 1 ? "once" : c + " times"));
    until().ifPresent(u -> text.append(", until ")
        .append(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(u.atOffset(ZoneOffset.UTC))));
    boolean described = plainDays && recur.getMonthList().isEmpty() && recur.getMonthDayList().isEmpty()
        && recur.getYearDayList().isEmpty() && recur.getWeekNoList().isEmpty() && recur.getSetPosList().isEmpty();
    if (!described) {
      text.append(" (").append(rule).append(")");
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Recurrence r && r.rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return rule.hashCode();
  }

  @Override
  public String toString() {
    return rule;
  }

  /** iCal4j types UNTIL by how it was written: OffsetDateTime (UTC), LocalDate or LocalDateTime (floating). */
  private static Temporal untilOf(Recur<?> recur) {
    return recur.getUntil();
  }

  private static String shortened(String rule) {
    return rule.length() <= 80 ? rule : rule.substring(0, 80) + "…";
  }

  static InvalidInput invalid(String message) {
    return InvalidInput.of(FIELD, message);
  }
}
