package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.Block;
import org.mentra.sessions.safety.BlockOrigin;
import org.mentra.sessions.safety.BlockService;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilMentorRepository;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.shared.TimeRange;

/** Filling a council: the mentee's picks first, then the best-scored mentors, and one lead. */
class MentorMatchingTest {

  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  private final CouncilSessionRepository councils = mock(CouncilSessionRepository.class);
  private final CouncilMentorRepository councilMentors = mock(CouncilMentorRepository.class);
  private final PersonRepository people = mock(PersonRepository.class);
  private final BlockService blocks = mock(BlockService.class);
  private final MentorMatching matching = new MentorMatching(councils, councilMentors, people,
      CouncilProperties.defaults(), blocks, Clock.fixed(NOW, ZoneOffset.UTC));
  private final Person mentee = person("Mentee", Role.PATIENT, List.of(), 1);

  @Test
  void fillsTheFreePlacesWithTheBestMatchesLeavingOutThePausedTheMenteeAndThoseAlreadyIn() {
    Person picked = person("Picked", Role.MENTOR, List.of(), 1);
    Person expert = person("Expert", Role.MENTOR, List.of("burnout", "career"), 5);
    Person good = person("Good", Role.MENTOR, List.of("burnout"), 3);
    Person weak = person("Weak", Role.MENTOR, List.of(), 1);
    Person paused = person("Paused", Role.MENTOR, List.of("burnout", "career"), 5);
    paused.pauseUntil(NOW.plusSeconds(3600), "rest");
    CouncilSession council = council(3, 3);
    matching.addPicks(council, mentee, List.of(picked), null);
    when(people.findByRole(Role.MENTOR)).thenReturn(List.of(weak, paused, good, picked, expert, mentee));

    boolean enough = matching.match(council.getId());

    assertThat(enough).isTrue();
    assertThat(council.activeMentors()).extracting(CouncilMentor::getMentorId)
        .containsExactly(picked.getId(), expert.getId(), good.getId());
    assertThat(council.activeMentors().get(0).getScoreReasons()).first().isEqualTo("picked by the mentee");
    assertThat(council.lead().orElseThrow().getMentorId()).as("no lead chosen: the best score leads")
        .isEqualTo(expert.getId());
  }

  @Test
  void nobodyBlockedWithTheMenteeOrAMentorAlreadyInIsMatchedWhicheverWayTheBlockGoes() {
    Person picked = person("Picked", Role.MENTOR, List.of(), 1);
    Person blockedTheMentee = person("Blocked the mentee", Role.MENTOR, List.of("burnout", "career"), 5);
    Person blockedByPick = person("Blocked by the pick", Role.MENTOR, List.of("burnout", "career"), 5);
    Person blocksTheBest = person("Blocks the best", Role.MENTOR, List.of("burnout"), 3);
    Person best = person("Best", Role.MENTOR, List.of("burnout", "career"), 4);
    Person fine = person("Fine", Role.MENTOR, List.of(), 1);
    CouncilSession council = council(3, 4);
    matching.addPicks(council, mentee, List.of(picked), null);
    when(people.findByRole(Role.MENTOR))
        .thenReturn(List.of(picked, blockedTheMentee, blockedByPick, blocksTheBest, best, fine));
    when(blocks.between(any(java.util.Collection.class), any(java.util.Collection.class))).thenReturn(List.of(
        block(blockedTheMentee, mentee), block(picked, blockedByPick), block(blocksTheBest, best)));

    matching.match(council.getId());

    assertThat(council.activeMentors()).extracting(CouncilMentor::getMentorId)
        .as("the best-scored of two who blocked each other goes first, the other is left out")
        .containsExactly(picked.getId(), best.getId(), fine.getId());
  }

  private static Block block(Person blocker, Person blocked) {
    return new Block(UUID.randomUUID(), blocker.getId(), blocked.getId(), null, BlockOrigin.PERSON, NOW);
  }

  @Test
  void theMenteesLeadStaysAndTooFewCandidatesGoToTheCoordinators() {
    Person lead = person("Lead", Role.MENTOR, List.of(), 1);
    Person other = person("Other", Role.MENTOR, List.of("burnout"), 5);
    CouncilSession council = council(3, 5);
    matching.addPicks(council, mentee, List.of(lead), lead.getId());
    when(people.findByRole(Role.MENTOR)).thenReturn(List.of(lead, other));

    boolean enough = matching.match(council.getId());

    assertThat(enough).isFalse();
    assertThat(council.getCoordinationReason()).contains(CoordinationReason.NOT_ENOUGH_MENTORS);
    assertThat(council.activeMentors()).hasSize(2);
    assertThat(council.lead().orElseThrow().getMentorId()).isEqualTo(lead.getId());
  }

  @Test
  void aMentorAtNightForEveryProposedSlotIsAskedOnlyWhenTooFewOthersFit() {
    Person tokyo = person("Tokyo Expert", Role.MENTOR, List.of("burnout", "career"), 5, "Asia/Tokyo");
    Person berlin = person("Berlin", Role.MENTOR, List.of(), 1, "Europe/Berlin");
    Person lisbon = person("Lisbon", Role.MENTOR, List.of(), 1, "Europe/Lisbon");
    // 18:00 UTC: 20:00 in Berlin, 19:00 in Lisbon, 03:00 the next morning in Tokyo.
    CouncilSession enoughOthers = council(2, 2, Instant.parse("2026-05-11T18:00:00Z"));
    when(people.findByRole(Role.MENTOR)).thenReturn(List.of(tokyo, berlin, lisbon));

    matching.match(enoughOthers.getId());

    assertThat(enoughOthers.activeMentors()).extracting(CouncilMentor::getMentorId)
        .containsExactlyInAnyOrder(berlin.getId(), lisbon.getId());

    CouncilSession tooFew = council(3, 3, Instant.parse("2026-05-11T18:00:00Z"));

    matching.match(tooFew.getId());

    assertThat(tooFew.activeMentors()).extracting(CouncilMentor::getMentorId).contains(tokyo.getId());
    CouncilMentor atNight = tooFew.activeMentor(tokyo.getId()).orElseThrow();
    assertThat(atNight.getScoreReasons()).contains("03:00–04:00 in Tokyo, outside working hours (-30)");
  }

  private CouncilSession council(int minimum, int maximum) {
    return council(minimum, maximum, NOW.plusSeconds(7 * 86400));
  }

  private CouncilSession council(int minimum, int maximum, Instant slotStart) {
    CouncilSession council = new CouncilSession(mentee.getId(), "Burnout and career", "", "",
        List.of(TimeRange.starting(slotStart, java.time.Duration.ofHours(1))), minimum, maximum,
        NOW.plusSeconds(72 * 3600), "test", NOW);
    when(councils.getOrFail(council.getId())).thenReturn(council);
    when(people.getOrFail(mentee.getId())).thenReturn(mentee);
    when(councilMentors.recentLoads(any(), any())).thenReturn(List.of());
    return council;
  }

  private static Person person(String name, Role role, List<String> expertise, int seniority) {
    return person(name, role, expertise, seniority, "Europe/Berlin");
  }

  private static Person person(String name, Role role, List<String> expertise, int seniority, String zone) {
    Person person = new Person(name, UUID.randomUUID() + "@example.com", ZoneId.of(zone), EnumSet.of(role),
        Plan.COUNCIL, Instant.EPOCH);
    person.setExpertise(expertise);
    person.setSeniority(seniority);
    return person;
  }
}
