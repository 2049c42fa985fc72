package org.mentra.sessions.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of gathering an event is: the categories of the events seed (virtual interactive,
 * educational and community events; physical meetups and professional events). The API takes the
 * constant ({@code SKILL_BUILDING_WORKSHOP}) or its words ("skill-building workshop"). The
 * {@linkplain #isProfessional() professional} ones are workshops and client group sessions, which
 * the Professional plan hosts.
 */
public enum EventType {
  GROUP_THERAPY("group therapy", true),
  SUPPORT_GROUP("support group", false),
  SKILL_BUILDING_WORKSHOP("skill-building workshop", true),
  MINDFULNESS("mindfulness session", false),
  QA_SESSION("Q&A session", false),
  EXPERT_TALK("expert talk", false),
  MENTAL_HEALTH_WORKSHOP("mental-health workshop", true),
  WELLNESS_SEMINAR("wellness seminar", false),
  PROFESSIONAL_TRAINING("professional training", true),
  EXPERT_PRESENTATION("expert presentation", false),
  PANEL_DISCUSSION("panel discussion", false),
  GROUP_CHECK_IN("group check-in", false),
  COMMUNITY_DISCUSSION("community discussion", false),
  GOAL_SETTING("goal-setting session", false),
  PROGRESS_SHARING("progress sharing", false),
  PEER_SUPPORT("peer support meeting", false),
  MEETUP("meetup", false),
  WELLNESS_ACTIVITY("wellness activity", false),
  COMMUNITY_GATHERING("community gathering", false),
  ACTIVITY_GROUP("activity group", false),
  THERAPY_SESSION("therapy session", true),
  COUNSELING_WORKSHOP("counseling workshop", true),
  WELLNESS_RETREAT("wellness retreat", false);

  private final String words;
  private final boolean professional;

  EventType(String words, boolean professional) {
    this.words = words;
    this.professional = professional;
  }

  public String words() {
    return words;
  }

  /** Workshops, trainings and therapy (client group sessions): what the Professional plan hosts. */
  public boolean isProfessional() {
    return professional;
  }

  /** The type named by its constant or its words, whatever the case, spaces, hyphens or underscores. */
  public static Optional<EventType> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalised(text);
    return Arrays.stream(values())
        .filter(t -> normalised(t.name()).equals(wanted) || normalised(t.words).equals(wanted))
        .findFirst();
  }

  /** Every type's constant, for the message that refuses an unknown one. */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String normalised(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace("&", "a").replaceAll("[\\s_\\-]+", "");
  }
}
