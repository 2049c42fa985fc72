package org.mentra.sessions.council;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.mentra.sessions.council.matching.WorkingHours;
import org.mentra.sessions.people.Plan;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every deadline and limit of the council flow ({@code mentra.council.*}). The diagram reads the
 * timer durations from this bean ({@code ${councilProperties.firstReminder}}), so a process owner
 * sees in Modeler which setting drives a timer and an operator changes it without touching BPMN.
 *
 * @param sessionLength how long a council meets; every proposed slot has exactly this length
 * @param responseDeadline how long mentors have to answer, from the request
 * @param noticePeriod how long after the response deadline a slot may start at the earliest
 * @param firstReminder when a mentor who has not answered gets the first reminder, after the request
 * @param secondReminder when the second, firmer reminder goes out
 * @param finalReminder when the last reminder goes out; the coordinators get a copy
 * @param firstSessionReminder how long before the session the first reminder with the join link goes out
 * @param lastSessionReminder how long before the session the last reminder goes out
 * @param deadlineExtension the extension a coordinator offers by default for mentors who did not answer
 * @param monthlyLimits how many councils a mentee of a plan may book per calendar month (in their own zone)
 * @param workdayStart mentors' working hours start, in each mentor's own zone (a soft preference)
 * @param workdayEnd mentors' working hours end
 * @param recentLoadWindow how far back "recent load" looks when mentors are matched
 * @param schedulingHorizon how far ahead of now a proposed slot or a mentor's proposal may start
 * @param solver how long the time selection may search
 */
@ConfigurationProperties("mentra.council")
public record CouncilProperties(Duration sessionLength, Duration responseDeadline, Duration noticePeriod,
    Duration firstReminder, Duration secondReminder, Duration finalReminder, Duration firstSessionReminder,
    Duration lastSessionReminder, Duration deadlineExtension, Map<Plan, Integer> monthlyLimits,
    LocalTime workdayStart, LocalTime workdayEnd, Duration recentLoadWindow, Duration schedulingHorizon,
    Solver solver) {

  public CouncilProperties {
    sessionLength = orDefault(sessionLength, Duration.ofHours(1));
    responseDeadline = orDefault(responseDeadline, Duration.ofHours(72));
    noticePeriod = orDefault(noticePeriod, Duration.ofHours(24));
    firstReminder = orDefault(firstReminder, Duration.ofHours(24));
    secondReminder = orDefault(secondReminder, Duration.ofHours(48));
    finalReminder = orDefault(finalReminder, Duration.ofHours(66));
    firstSessionReminder = orDefault(firstSessionReminder, Duration.ofHours(24));
    lastSessionReminder = orDefault(lastSessionReminder, Duration.ofHours(1));
    deadlineExtension = orDefault(deadlineExtension, Duration.ofHours(48));
    monthlyLimits = monthlyLimits == null || monthlyLimits.isEmpty()
        ? Map.of(Plan.COUNCIL, 4) : Map.copyOf(new EnumMap<>(monthlyLimits));
    workdayStart = orDefault(workdayStart, LocalTime.of(8, 0));
    workdayEnd = orDefault(workdayEnd, LocalTime.of(21, 0));
    recentLoadWindow = orDefault(recentLoadWindow, Duration.ofDays(30));
    schedulingHorizon = orDefault(schedulingHorizon, Duration.ofDays(90));
    solver = orDefault(solver, new Solver(20_000, 300, Duration.ofSeconds(60), 5));
  }

  /** The defaults, for code that runs without Spring (unit tests, the benchmark). */
  public static CouncilProperties defaults() {
    return new CouncilProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** Mentors' working hours, each in their own zone. */
  public WorkingHours workingHours() {
    return new WorkingHours(workdayStart, workdayEnd);
  }

  /** How many councils a mentee of this plan may book per month; 0 when the plan has no councils. */
  public int monthlyLimit(Plan plan) {
    return monthlyLimits.getOrDefault(plan, 0);
  }

  // The diagram's timers read these: the engine takes a timer duration as an ISO-8601 string.

  public String getFirstReminder() {
    return firstReminder.toString();
  }

  public String getSecondReminder() {
    return secondReminder.toString();
  }

  public String getFinalReminder() {
    return finalReminder.toString();
  }

  public String getFirstSessionReminder() {
    return firstSessionReminder.toString();
  }

  public String getLastSessionReminder() {
    return lastSessionReminder.toString();
  }

  /** The moment {@code offset} (an ISO duration such as PT24H) before {@code instant}: a timer date. */
  public Date before(Date instant, String offset) {
    return Date.from(instant.toInstant().minus(Duration.parse(offset)));
  }

  /**
   * @param stepLimit local-search steps at most
   * @param unimprovedStepLimit local search stops after this many steps without a better solution
   * @param timeCap a safety net only: the step limits end every realistic solve long before it; a time
   *     selection that solves twice (a council took one of its mentors meanwhile) shares it between both
   */
  /** @param warmUpRounds small made-up solves at startup, before the node reports ready (0: none) */
  public record Solver(int stepLimit, int unimprovedStepLimit, Duration timeCap, int warmUpRounds) {}

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
