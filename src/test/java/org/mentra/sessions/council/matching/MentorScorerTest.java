package org.mentra.sessions.council.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;

/** The priority score's parts and their reasons, each saying only what is true. */
class MentorScorerTest {

  private final MentorScorer scorer = new MentorScorer(Duration.ofDays(30),
      new WorkingHours(LocalTime.of(8, 0), LocalTime.of(21, 0)));

  @Test
  void expertiseMatchingTheTopicSeniorityAndReliabilityAddUpWithTheirReasons() {
    Person mentor = mentor(List.of("burnout", "work stress", "grief"), 4, 0.96);

    PriorityScore score = scorer.score(mentor, "Burnout at work and too much stress", List.of(), 0, List.of());

    assertThat(score.value()).isEqualTo(40 + 20 + 24);
    assertThat(score.reasons()).containsExactly("expertise matches the topic: burnout, work stress (+40)",
        "seniority 4 of 5 (+20)", "kept 96% of their sessions (+24)", "no councils in the last 30 days (-0)");
  }

  @Test
  void theMenteesProfileTopicsCountApartAndPluralsMatch() {
    Person mentor = mentor(List.of("career"), 1, 1.0);

    PriorityScore score = scorer.score(mentor, "Changing jobs", List.of("careers"), 0, List.of());

    assertThat(score.value()).isEqualTo(20 + 5 + 25);
    assertThat(score.reasons()).startsWith("no expertise matching the topic (+0)",
        "shares the mentee's topics: career (+20)");
  }

  @Test
  void aReasonNamesOnlyWhatMatchedTheTopicAndWhatMatchedTheMenteesProfileApart() {
    Person mentor = mentor(List.of("career", "burnout", "work stress"), 2, 1.0);

    PriorityScore workStress = scorer.score(mentor, "Work stress", List.of("career", "burnout"), 0, List.of());
    PriorityScore other = scorer.score(mentor(List.of("career", "burnout"), 2, 1.0), "Work stress",
        List.of("career", "burnout"), 0, List.of());

    assertThat(workStress.reasons()).startsWith("expertise matches the topic: work stress (+20)",
        "shares the mentee's topics: career, burnout (+20)");
    assertThat(workStress.value()).as("expertise counts up to 40 in all").isEqualTo(40 + 10 + 25);
    assertThat(other.reasons()).startsWith("no expertise matching the topic (+0)",
        "shares the mentee's topics: career, burnout (+40)");
    assertThat(other.reasons()).noneMatch(r -> r.contains("matches the topic: career"));
  }

  @Test
  void aMentorForWhomEveryProposedSlotFallsAtNightIsClearlyBehindAndToldWhy() {
    Person tokyo = mentor(List.of("burnout"), 3, 1.0, "Asia/Tokyo");
    Person berlin = mentor(List.of("burnout"), 3, 1.0, "Europe/Berlin");
    // 17:00 UTC is 02:00 the next morning in Tokyo; 23:00 UTC is 08:00 there.
    List<TimeRange> late = List.of(slot("2026-05-11T17:00:00Z"), slot("2026-05-12T17:00:00Z"),
        slot("2026-05-13T18:00:00Z"));

    PriorityScore atNight = scorer.score(tokyo, "burnout", List.of(), 0, late);
    PriorityScore inHours = scorer.score(berlin, "burnout", List.of(), 0, late);
    PriorityScore oneFits = scorer.score(tokyo, "burnout", List.of(), 0,
        List.of(slot("2026-05-11T17:00:00Z"), slot("2026-05-11T23:00:00Z")));

    assertThat(atNight.outsideWorkingHours()).isTrue();
    assertThat(atNight.reasons()).last().isEqualTo("02:00–03:00, 03:00–04:00 in Tokyo, outside working hours (-30)");
    assertThat(atNight.value()).isEqualTo(inHours.value() - 30);
    assertThat(inHours.outsideWorkingHours()).isFalse();
    assertThat(inHours.reasons()).noneMatch(r -> r.contains("working hours"));
    assertThat(oneFits.outsideWorkingHours()).as("one proposed slot at 08:00 in Tokyo").isFalse();
    assertThat(oneFits.value()).isEqualTo(inHours.value());
  }

  @Test
  void unreliableAndRecentlyBusyMentorsComeLaterButTheLoadPenaltyIsCapped() {
    Person reliable = mentor(List.of(), 3, 1.0);
    Person flaky = mentor(List.of(), 3, 0.5);

    assertThat(scorer.score(flaky, "anything", List.of(), 0, List.of()).value())
        .isLessThan(scorer.score(reliable, "anything", List.of(), 0, List.of()).value());
    PriorityScore busy = scorer.score(reliable, "anything", List.of(), 2, List.of());
    assertThat(busy.value()).isEqualTo(15 + 25 - 10);
    assertThat(busy.reasons().get(3)).isEqualTo("asked for 2 councils in the last 30 days (-10)");
    assertThat(scorer.score(reliable, "anything", List.of(), 9, List.of()).value()).isEqualTo(15 + 25 - 20);
  }

  private static Person mentor(List<String> expertise, int seniority, double reliability) {
    return mentor(expertise, seniority, reliability, "Europe/Berlin");
  }

  private static TimeRange slot(String start) {
    return TimeRange.starting(Instant.parse(start), Duration.ofHours(1));
  }

  private static Person mentor(List<String> expertise, int seniority, double reliability, String zone) {
    Person mentor = new Person("Mentor", "m@example.com", ZoneId.of(zone), EnumSet.of(Role.MENTOR),
        Plan.PROFESSIONAL, Instant.EPOCH);
    mentor.setExpertise(expertise);
    mentor.setSeniority(seniority);
    mentor.setReliability(reliability);
    return mentor;
  }
}
