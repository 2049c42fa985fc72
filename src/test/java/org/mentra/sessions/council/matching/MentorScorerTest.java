package org.mentra.sessions.council.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;

class MentorScorerTest {

  private final MentorScorer scorer = new MentorScorer(Duration.ofDays(30));

  @Test
  void expertiseMatchingTheTopicSeniorityAndReliabilityAddUpWithTheirReasons() {
    Person mentor = mentor(List.of("burnout", "work stress", "grief"), 4, 0.96);

    PriorityScore score = scorer.score(mentor, "Burnout at work and too much stress", List.of(), 0);

    assertThat(score.value()).isEqualTo(40 + 20 + 24);
    assertThat(score.reasons()).containsExactly("expertise matches the topic: burnout, work stress (+40)",
        "seniority 4 of 5 (+20)", "kept 96% of their sessions (+24)", "no councils in the last 30 days (-0)");
  }

  @Test
  void theMenteesProfileTopicsCountAndPluralsMatch() {
    Person mentor = mentor(List.of("career"), 1, 1.0);

    PriorityScore score = scorer.score(mentor, "Changing jobs", List.of("careers"), 0);

    assertThat(score.reasons().get(0)).isEqualTo("expertise matches the topic: career (+20)");
  }

  @Test
  void unreliableAndRecentlyBusyMentorsComeLaterButTheLoadPenaltyIsCapped() {
    Person reliable = mentor(List.of(), 3, 1.0);
    Person flaky = mentor(List.of(), 3, 0.5);

    assertThat(scorer.score(flaky, "anything", List.of(), 0).value())
        .isLessThan(scorer.score(reliable, "anything", List.of(), 0).value());
    PriorityScore busy = scorer.score(reliable, "anything", List.of(), 2);
    assertThat(busy.value()).isEqualTo(15 + 25 - 10);
    assertThat(busy.reasons().get(3)).isEqualTo("asked for 2 councils in the last 30 days (-10)");
    assertThat(scorer.score(reliable, "anything", List.of(), 9).value()).isEqualTo(15 + 25 - 20);
  }

  private static Person mentor(List<String> expertise, int seniority, double reliability) {
    Person mentor = new Person("Mentor", "m@example.com", ZoneId.of("Europe/Berlin"), EnumSet.of(Role.MENTOR),
        Plan.PROFESSIONAL, Instant.EPOCH);
    mentor.setExpertise(expertise);
    mentor.setSeniority(seniority);
    mentor.setReliability(reliability);
    return mentor;
  }
}
