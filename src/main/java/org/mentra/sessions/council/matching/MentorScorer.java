package org.mentra.sessions.council.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentra.sessions.people.Person;

/**
 * The priority score that fills a council beyond the mentee's own picks: expertise that matches the
 * topic, seniority, reliability (sessions kept, maintained by accountability) and recent load. Each
 * part is a few points with a reason, so a coordinator can see why a mentor was asked.
 */
public final class MentorScorer {

  static final int POINTS_PER_EXPERTISE = 20;
  static final int MAX_EXPERTISE_POINTS = 40;
  static final int POINTS_PER_SENIORITY_LEVEL = 5;
  static final int RELIABILITY_POINTS = 25;
  static final int POINTS_PER_RECENT_COUNCIL = 5;
  static final int MAX_LOAD_PENALTY = 20;

  private final Duration recentWindow;

  public MentorScorer(Duration recentWindow) {
    this.recentWindow = recentWindow;
  }

  /**
   * @param topic the council's topic in the mentee's words
   * @param menteeTopics the topics on the mentee's profile
   * @param recentCouncils how many councils the mentor was asked to join within the recent window
   */
  public PriorityScore score(Person mentor, String topic, Collection<String> menteeTopics, long recentCouncils) {
    List<String> reasons = new ArrayList<>();
    Set<String> topicWords = words(Stream.concat(Stream.of(topic), menteeTopics.stream()).collect(Collectors.joining(" ")));

    List<String> matched = mentor.getExpertise().stream().filter(e -> topicWords.containsAll(words(e))).toList();
    int expertise = Math.min(MAX_EXPERTISE_POINTS, matched.size() * POINTS_PER_EXPERTISE);
    reasons.add(matched.isEmpty() ? "no expertise matching the topic (+0)"
        : "expertise matches the topic: " + String.join(", ", matched) + " (+" + expertise + ")");

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

    return new PriorityScore(expertise + seniority + reliability - load, reasons);
  }

  /** Lower-case words without a plural s, so "Burnout at work" and "work stress" meet at "work". */
  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank())
        .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
