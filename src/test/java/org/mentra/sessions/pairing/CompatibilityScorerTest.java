package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;

class CompatibilityScorerTest {

  private final CompatibilityScorer scorer = new CompatibilityScorer();

  private final Person nadia = person("Nadia Haddad", Role.COUNSELOR, List.of("fr", "en", "ar"), List.of(),
      List.of("anxiety", "abuse"), 5);
  private final Person ines = person("Inès Moreau", Role.PATIENT, List.of("fr"), List.of("anxiety", "abuse"),
      List.of(), 1);

  @Test
  void addsUpLanguageThemeTopicsAndSeniorityWithTheReasons() {
    Compatibility c = scorer.score(ines, nadia, "anxiety", RegistrationPreferences.NONE, null, false);

    assertThat(c.pairable()).isTrue();
    assertThat(c.score()).isEqualTo(30 + 30 + 10 + 2 * 5);
    assertThat(c.reasons()).containsExactly("Both speak French", "Experienced with anxiety, the event's theme",
        "Also experienced with abuse", "Seniority 5 of 5");
  }

  @Test
  void statedPreferencesCountAndTheScoreStopsAt100() {
    RegistrationPreferences wishes = new RegistrationPreferences(List.of("grief", "ABUSE "), "ar", true);

    Compatibility c = scorer.score(ines, nadia, "anxiety", wishes, null, false);

    assertThat(c.score()).isEqualTo(100);
    assertThat(c.reasons()).contains("Speaks Arabic, the language Inès Moreau prefers",
        "Seniority 5 of 5 (an experienced counselor was asked for)");
  }

  @Test
  void aThemeMatchesRelatedExpertise() {
    Person marcus = person("Marcus Hill", Role.COUNSELOR, List.of("en"), List.of(), List.of("addiction"), 1);
    Person bob = person("Bob Chen", Role.PATIENT, List.of("en"), List.of(), List.of(), 1);

    assertThat(scorer.score(bob, marcus, "drug addiction", RegistrationPreferences.NONE, null, false).score())
        .isEqualTo(30 + 30 + 2);
  }

  @Test
  void noSharedLanguageOrABlockIsNotPairableWhateverTheScore() {
    Person joe = person("Joe Martinez", Role.COUNSELOR, List.of("en", "es"), List.of(), List.of("anxiety"), 3);

    Compatibility noLanguage = scorer.score(ines, joe, "anxiety", RegistrationPreferences.NONE, 99, false);
    Compatibility blocked = scorer.score(ines, nadia, "anxiety", RegistrationPreferences.NONE, null, true);

    assertThat(noLanguage.pairable()).isFalse();
    assertThat(noLanguage.reasons()).singleElement().asString()
        .contains("No shared language", "French", "English, Spanish");
    assertThat(blocked.pairable()).isFalse();
    assertThat(blocked.blocked()).isTrue();
  }

  @Test
  void aCoordinatorsScoreReplacesTheComputedOne() {
    Compatibility c = scorer.score(ines, nadia, "anxiety", RegistrationPreferences.NONE, 12, false);

    assertThat(c.score()).isEqualTo(12);
    assertThat(c.explicit()).isTrue();
    assertThat(c.reasons()).first().isEqualTo("Set by a coordinator: 12");
  }

  private static Person person(String name, Role role, List<String> languages, List<String> topics,
      List<String> expertise, int seniority) {
    Person person = new Person(name, name.replace(' ', '.') + "@scorer.test", ZoneId.of("Europe/Paris"),
        EnumSet.of(role), Plan.FREE, Instant.EPOCH);
    person.setLanguages(languages);
    person.setTopics(topics);
    person.setExpertise(expertise);
    person.setSeniority(seniority);
    return person;
  }
}
