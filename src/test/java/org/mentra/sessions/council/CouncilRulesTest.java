package org.mentra.sessions.council;

import org.mentra.sessions.shared.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.TimeRange;

class CouncilRulesTest {

  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final CouncilProperties PROPERTIES = CouncilProperties.defaults();
  private final Person mentee = person(Role.PATIENT);
  private final List<Person> mentors = List.of(person(Role.MENTOR), person(Role.MENTOR), person(Role.MENTOR));

  @Test
  void aGoodRequestHasNoProblems() {
    assertThat(check(request(slots("2026-05-11T14:00:00Z", "2026-05-12T14:00:00Z", "2026-05-13T14:00:00Z"),
        ids(mentors), mentors.get(0).getId(), 3, 5))).isEmpty();
  }

  @Test
  void slotsLastOneSessionStartAfterTheDeadlinePlusNoticeAndDoNotOverlap() {
    List<TimeRange> slots = List.of(
        new TimeRange(Instant.parse("2026-05-08T07:00:00Z"), Instant.parse("2026-05-08T08:00:00Z")),
        new TimeRange(Instant.parse("2026-05-12T14:00:00Z"), Instant.parse("2026-05-12T14:45:00Z")),
        new TimeRange(Instant.parse("2026-05-12T14:30:00Z"), Instant.parse("2026-05-12T15:30:00Z")));

    assertThat(fields(check(request(slots, ids(mentors), null, 3, 5))))
        .containsExactly("proposedSlots[0].start", "proposedSlots[1].end", "proposedSlots[2]");
    assertThat(CouncilRules.earliestStart(NOW, PROPERTIES)).isEqualTo(Instant.parse("2026-05-08T08:00:00Z"));
  }

  @Test
  void mentorsAreDistinctMentorsNotPausedNotTheMenteeAndTheLeadIsOneOfThem() {
    Person paused = person(Role.MENTOR);
    paused.pauseUntil(NOW.plusSeconds(3600), "rest");
    Person counselor = person(Role.COUNSELOR);
    UUID unknown = UUID.randomUUID();
    List<UUID> picks = List.of(mentors.get(0).getId(), mentors.get(0).getId(), paused.getId(), counselor.getId(),
        unknown);
    Map<UUID, Person> known = java.util.stream.Stream.of(mentors.get(0), paused, counselor)
        .collect(Collectors.toMap(Person::getId, Function.identity()));

    List<FieldProblem> problems = CouncilRules.check(request(slots("2026-05-11T14:00:00Z", "2026-05-12T14:00:00Z",
        "2026-05-13T14:00:00Z"), picks, mentors.get(1).getId(), 3, 4), mentee, known, NOW, PROPERTIES);

    assertThat(fields(problems)).containsExactly("mentorIds", "mentorIds[1]", "mentorIds[2]", "mentorIds[3]",
        "mentorIds[4]", "leadMentorId");
    assertThat(problems.get(1).message()).isEqualTo("lists the same mentor twice");
    assertThat(problems.get(2).message()).contains("is paused until");
    assertThat(problems.get(3).message()).endsWith("is not a mentor");
  }

  @Test
  void theMinimumAndMaximumLieWithinThreeToFiveInOrder() {
    assertThat(fields(CouncilRules.mentorCountProblems(4, 3))).containsExactly("mentorMaximum");
    assertThat(fields(CouncilRules.mentorCountProblems(2, 6))).containsExactly("mentorMinimum", "mentorMaximum");
  }

  private List<FieldProblem> check(CouncilRequest request) {
    Map<UUID, Person> known = mentors.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    return CouncilRules.check(request, mentee, known, NOW, PROPERTIES);
  }

  private CouncilRequest request(List<TimeRange> slots, List<UUID> mentorIds, UUID lead, int minimum, int maximum) {
    return new CouncilRequest(mentee.getId(), "Burnout", "", "", slots, mentorIds, lead, minimum, maximum);
  }

  private static List<TimeRange> slots(String... starts) {
    return java.util.Arrays.stream(starts).map(Instant::parse).map(s -> new TimeRange(s, s.plusSeconds(3600))).toList();
  }

  private static List<UUID> ids(List<Person> people) {
    return people.stream().map(Person::getId).toList();
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  private static Person person(Role role) {
    return new Person("Someone", UUID.randomUUID() + "@example.com", ZoneId.of("Europe/Berlin"), EnumSet.of(role),
        Plan.COUNCIL, Instant.EPOCH);
  }
}
