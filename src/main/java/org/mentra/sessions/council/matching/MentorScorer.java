package org.mentra.sessions.council.matching;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.people.Person;

/**
 * The priority score that fills a council beyond the mentee's own picks: expertise that matches the
 * topic (and, counted apart, the topics on the mentee's profile), seniority, reliability (sessions
 * kept, maintained by accountability), recent load, and whether any proposed slot lies in the
 * mentor's working hours. Each part is a few points with a reason that says only what is true, so a
 * coordinator can see why a mentor was asked.
 */
public final class MentorScorer {

  static final int POINTS_PER_EXPERTISE = 20;
  static final int MAX_EXPERTISE_POINTS = 40;
  static final int POINTS_PER_SENIORITY_LEVEL = 5;
  static final int RELIABILITY_POINTS = 25;
  static final int POINTS_PER_RECENT_COUNCIL = 5;
  static final int MAX_LOAD_PENALTY = 20;
  /** More than seniority or reliability can make up: a mentor asked to join at night comes last. */
  static final int OUTSIDE_WORKING_HOURS_PENALTY = 30;

  private final Duration recentWindow;
  private final WorkingHours workingHours;

  public MentorScorer(Duration recentWindow, WorkingHours workingHours) {
    this.recentWindow = recentWindow;
    this.workingHours = workingHours;
  }

  /**
   * @param topic the council's topic in the mentee's words
   * @param menteeTopics the topics on the mentee's profile
   * @param recentCouncils how many councils the mentor was asked to join within the recent window
   * @param proposedSlots the council's proposed slots
   */
  public PriorityScore score(Person mentor, String topic, Collection<String> menteeTopics, long recentCouncils,
      Collection<TimeRange> proposedSlots) {
    List<String> reasons = new ArrayList<>();

    Set<String> topicWords = words(topic);
    Set<String> profileWords = words(String.join(" ", menteeTopics));
    List<String> onTopic = mentor.getExpertise().stream().filter(e -> topicWords.containsAll(words(e))).toList();
    List<String> onProfile = mentor.getExpertise().stream()
        .filter(e -> !onTopic.contains(e) && profileWords.containsAll(words(e))).toList();
    int topicPoints = Math.min(MAX_EXPERTISE_POINTS, onTopic.size() * POINTS_PER_EXPERTISE);
    int profilePoints = Math.min(MAX_EXPERTISE_POINTS - topicPoints, onProfile.size() * POINTS_PER_EXPERTISE);
    reasons.add(onTopic.isEmpty() ? "no expertise matching the topic (+0)"
        : "expertise matches the topic: " + String.join(", ", onTopic) + " (+" + topicPoints + ")");
    if (!onProfile.isEmpty()) {
      reasons.add("shares the mentee's topics: " + String.join(", ", onProfile) + " (+" + profilePoints + ")");
    }

    int seniority = mentor.getSeniority() * POINTS_PER_SENIORITY_LEVEL;
    reasons.add("seniority " + mentor.getSeniority() + " of 5 (+" + seniority + ")");

    double reliabilityShare = Math.max(0, Math.min(1, mentor.getReliability()));
    long reliability = Math.round(reliabilityShare * RELIABILITY_POINTS);
    reasons.add("kept " + Math.round(reliabilityShare * 100) + "% of their sessions (+" + reliability + ")");

    long load = Math.min(MAX_LOAD_PENALTY, recentCouncils * POINTS_PER_RECENT_COUNCIL);
    long days = recentWindow.toDays();
    reasons.add(recentCouncils == 0 ? "no councils in the last " + days + " days (-0)"
        : "asked for " + recentCouncils + (recentCouncils == 1 ? " council" : " councils") + " in the last "
            + days + " days (-" + load + ")");

    ZoneId zone = mentor.zone();
    boolean outsideWorkingHours = !proposedSlots.isEmpty()
        && proposedSlots.stream().noneMatch(s -> workingHours.contain(zone, s.start(), s.end()));
    int night = 0;
    if (outsideWorkingHours) {
      night = OUTSIDE_WORKING_HOURS_PENALTY;
      Set<String> onTheirClock = proposedSlots.stream().sorted(Comparator.comparing(TimeRange::start))
          .map(s -> WorkingHours.onTheClock(zone, s.start(), s.end()))
          .collect(Collectors.toCollection(LinkedHashSet::new));
      reasons.add(String.join(", ", onTheirClock) + " in " + WorkingHours.place(zone) + ", outside working hours (-"
          + night + ")");
    }

    return new PriorityScore(topicPoints + profilePoints + seniority + reliability - load - night, reasons,
        outsideWorkingHours);
  }

  /** Lower-case words without a plural s, so "Burnout at work" and "work stress" meet at "work". */
  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank())
        .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
