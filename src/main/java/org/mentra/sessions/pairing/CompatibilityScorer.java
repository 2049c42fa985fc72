package org.mentra.sessions.pairing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentra.sessions.people.Person;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;

/**
 * Scores a patient and a counselor from their profiles, 0–100, with the reasons in plain words:
 * <ul>
 *   <li>no shared language (or a block): not pairable;</li>
 *   <li>a shared language: 30;</li>
 *   <li>the counselor's experience with the event's theme: 30;</li>
 *   <li>with the patient's other topics (profile and sign-up): 10 each, at most 20;</li>
 *   <li>the patient's preferred language spoken: 10;</li>
 *   <li>the counselor's seniority (1–5): 2 per level, 4 when the patient asked for experience;</li>
 * </ul>
 * capped at 100. A score a coordinator set replaces the computed one (the language rule and blocks still hold).
 */
@Component
public class CompatibilityScorer {

  static final int SHARED_LANGUAGE = 30;
  static final int THEME_EXPERIENCE = 30;
  static final int TOPIC_EXPERIENCE = 10;
  static final int TOPICS_AT_MOST = 20;
  static final int PREFERRED_LANGUAGE = 10;

  /**
   * @param theme the event's theme, or null
   * @param explicitScore the score a coordinator set, or null
   */
  Compatibility score(Person patient, Person counselor, String theme, RegistrationPreferences preferences,
      Integer explicitScore, boolean blocked) {
    List<String> reasons = new ArrayList<>();
    if (blocked) {
      reasons.add("One of them asked not to be paired with the other");
      return new Compatibility(0, false, true, explicitScore != null, reasons);
    }
    List<String> shared = patient.getLanguages().stream().filter(counselor::speaks).toList();
    if (shared.isEmpty()) {
      reasons.add("No shared language (" + patient.getDisplayName() + " speaks " + names(patient.getLanguages())
          + ", " + counselor.getDisplayName() + " " + names(counselor.getLanguages()) + ")");
      return new Compatibility(0, false, false, explicitScore != null, reasons);
    }
    if (explicitScore != null) {
      reasons.add("Set by a coordinator: " + explicitScore);
      reasons.add("Both speak " + names(shared));
      return new Compatibility(explicitScore, true, false, true, reasons);
    }
    int score = SHARED_LANGUAGE;
    reasons.add("Both speak " + names(shared));
    if (theme != null && knows(counselor, theme)) {
      score += THEME_EXPERIENCE;
      reasons.add("Experienced with " + theme + ", the event's theme");
    }
    Set<String> topics = new LinkedHashSet<>(patient.getTopics());
    topics.addAll(preferences.topics());
    if (theme != null) {
      topics.removeIf(t -> t.equals(theme));
    }
    int topicPoints = 0;
    for (String topic : topics) {
      if (topicPoints < TOPICS_AT_MOST && knows(counselor, topic)) {
        topicPoints += TOPIC_EXPERIENCE;
        reasons.add("Also experienced with " + topic);
      }
    }
    score += topicPoints;
    String language = preferences.language();
    if (language != null) {
      if (counselor.speaks(language)) {
        score += PREFERRED_LANGUAGE;
        reasons.add("Speaks " + name(language) + ", the language " + patient.getDisplayName() + " prefers");
      } else {
        reasons.add("Does not speak " + name(language) + ", the language " + patient.getDisplayName() + " prefers");
      }
    }
    int perLevel = preferences.wantsExperience() ? 4 : 2;
    score += perLevel * counselor.getSeniority();
    reasons.add("Seniority " + counselor.getSeniority() + " of 5"
        + (preferences.wantsExperience() ? " (an experienced counselor was asked for)" : ""));
    return new Compatibility(Math.min(100, score), true, false, false, reasons);
  }

  /** "addiction" knows "drug addiction" and the other way round. */
  private static boolean knows(Person counselor, String topic) {
    return counselor.getExpertise().stream().anyMatch(e -> e.equals(topic) || e.contains(topic) || topic.contains(e));
  }

  private static String names(List<String> codes) {
    return codes.isEmpty() ? "no language on file" : String.join(", ", codes.stream().map(CompatibilityScorer::name).toList());
  }

  private static String name(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
