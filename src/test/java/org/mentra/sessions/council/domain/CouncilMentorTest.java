package org.mentra.sessions.council.domain;

import org.mentra.sessions.shared.TimeRange;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a mentor's answers add up: per slot, changeable, with one overall response. */
class CouncilMentorTest {

  private static final Instant MONDAY = Instant.parse("2026-05-11T14:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-05-12T14:00:00Z");
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  private final CouncilSession council = new CouncilSession(UUID.randomUUID(), "Burnout", "", "",
      List.of(TimeRange.starting(MONDAY, java.time.Duration.ofHours(1)),
          TimeRange.starting(TUESDAY, java.time.Duration.ofHours(1))), 3, 5, NOW.plusSeconds(3600), "test", NOW);
  private final CouncilMentor mentor = council.addMentor(UUID.randomUUID(), MentorSource.PICKED, 50, List.of("why"));

  @Test
  void laterAnswersAddToEarlierOnesAndTheBestAnswerIsTheResponse() {
    assertThat(mentor.getResponse()).isEqualTo(MentorResponse.PENDING);

    mentor.answer(Map.of(MONDAY, Availability.UNAVAILABLE), null, null, NOW);
    assertThat(mentor.getResponse()).isEqualTo(MentorResponse.UNAVAILABLE);

    mentor.answer(Map.of(TUESDAY, Availability.TENTATIVE), "Maybe Tuesday", List.of(), NOW);
    assertThat(mentor.getResponse()).isEqualTo(MentorResponse.TENTATIVE);

    mentor.answer(Map.of(MONDAY, Availability.AVAILABLE), null, null, NOW);
    assertThat(mentor.getResponse()).isEqualTo(MentorResponse.AVAILABLE);
    assertThat(mentor.getAnswers()).containsEntry(MONDAY, Availability.AVAILABLE)
        .containsEntry(TUESDAY, Availability.TENTATIVE);
    assertThat(mentor.getConflictNote()).contains("Maybe Tuesday");
  }

  @Test
  void newSlotsForgetEveryAnswerAndAReplacedMentorLeavesTheCouncil() {
    mentor.answer(Map.of(MONDAY, Availability.AVAILABLE), "note", List.of(TimeRange.starting(TUESDAY,
        java.time.Duration.ofHours(1))), NOW);
    mentor.makeLead(true);

    council.replaceSlots(List.of(TimeRange.starting(TUESDAY.plusSeconds(86400), java.time.Duration.ofHours(1))));

    assertThat(mentor.getResponse()).isEqualTo(MentorResponse.PENDING);
    assertThat(mentor.getAnswers()).isEmpty();
    assertThat(mentor.getAlternatives()).isEmpty();
    mentor.replace();
    assertThat(council.activeMentors()).isEmpty();
    assertThat(council.lead()).isEmpty();
  }
}
