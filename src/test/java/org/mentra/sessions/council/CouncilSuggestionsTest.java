package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.CouncilSuggestions.Suggestion;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.MentorSource;
import org.mentra.sessions.shared.TimeRange;

/** What the system suggests to a coordinator, closest to a quorum first. */
class CouncilSuggestionsTest {

  private static final Instant MONDAY = Instant.parse("2026-05-11T14:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-05-12T14:00:00Z");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  @Test
  void slotsWithTheMostMentorsComeFirstThenOverlappingProposalsThenWhoDidNotAnswer() {
    CouncilSession council = new CouncilSession(UUID.randomUUID(), "Burnout", "", "",
        List.of(TimeRange.starting(MONDAY, Duration.ofHours(1)), TimeRange.starting(TUESDAY, Duration.ofHours(1))),
        3, 5, MONDAY, "test", MONDAY.minusSeconds(86400 * 7));
    CouncilMentor ana = council.addMentor(UUID.randomUUID(), MentorSource.PICKED, 1, List.of());
    CouncilMentor ben = council.addMentor(UUID.randomUUID(), MentorSource.PICKED, 1, List.of());
    CouncilMentor cleo = council.addMentor(UUID.randomUUID(), MentorSource.MATCHED, 1, List.of());
    CouncilMentor dan = council.addMentor(UUID.randomUUID(), MentorSource.MATCHED, 1, List.of());
    Instant friday = Instant.parse("2026-05-15T10:00:00Z");
    ana.answer(Map.of(MONDAY, Availability.AVAILABLE, TUESDAY, Availability.TENTATIVE), null,
        List.of(TimeRange.starting(friday, Duration.ofHours(1))), MONDAY);
    ben.answer(Map.of(TUESDAY, Availability.AVAILABLE), null,
        List.of(TimeRange.starting(friday.plusSeconds(1800), Duration.ofHours(1))), MONDAY);
    cleo.answer(Map.of(MONDAY, Availability.UNAVAILABLE), null, List.of(), MONDAY);
    dan.markNoResponse();
    Map<UUID, String> names = Map.of(ana.getMentorId(), "Ana", ben.getMentorId(), "Ben", cleo.getMentorId(), "Cleo",
        dan.getMentorId(), "Dan");

    List<Suggestion> suggestions = CouncilSuggestions.of(council, names, TIME);

    assertThat(suggestions).extracting(Suggestion::suggestion).containsExactly(
        "Proposed Tue 14:00 (2 of 3 needed can come, 1 of them maybe)",
        "Proposed Mon 14:00 (1 of 3 needed can come)",
        "Proposed by Ana: Fri 10:00",
        "Proposed by Ben: Fri 10:30",
        "Extend the deadline for those who did not answer");
    assertThat(suggestions.get(0).detail()).isEqualTo("Can come: Ben. Maybe: Ana.");
    assertThat(suggestions.get(1).detail()).isEqualTo("Can come: Ana.");
    assertThat(suggestions.get(2).detail()).isEqualTo("overlaps proposals of Ben");
    assertThat(suggestions.get(4).detail()).isEqualTo("Dan has not answered.");
  }

  @Test
  void anHourIsDescribedAsItStandsWithNobodySomeOrEnoughMentors() {
    assertThat(CouncilSuggestions.whoCanCome(0, 0, 3, true)).isEqualTo("nobody can make it yet; 3 needed");
    assertThat(CouncilSuggestions.whoCanCome(0, 0, 3, false)).isEqualTo("nobody can make it; 3 needed");
    assertThat(CouncilSuggestions.whoCanCome(1, 1, 3, false)).isEqualTo("2 of 3 needed can come, 1 of them maybe");
    assertThat(CouncilSuggestions.whoCanCome(0, 2, 3, false)).isEqualTo("2 of 3 needed might come");
    assertThat(CouncilSuggestions.whoCanCome(2, 0, 3, true)).isEqualTo("2 of 3 needed can come");
    assertThat(CouncilSuggestions.whoCanCome(3, 0, 3, false)).isEqualTo("enough: 3 can come, 3 needed");
    assertThat(CouncilSuggestions.whoCanCome(3, 1, 3, false)).isEqualTo("enough: 4 can come, 3 needed, 1 of them maybe");
  }

  @Test
  void anHourNobodyCanMakeSaysSoInsteadOfCountingWhatIsMissing() {
    CouncilSession council = new CouncilSession(UUID.randomUUID(), "Burnout", "", "",
        List.of(TimeRange.starting(MONDAY, Duration.ofHours(1))), 3, 5, MONDAY, "test", MONDAY.minusSeconds(86400 * 7));
    CouncilMentor ana = council.addMentor(UUID.randomUUID(), MentorSource.PICKED, 1, List.of());
    council.addMentor(UUID.randomUUID(), MentorSource.PICKED, 1, List.of());
    ana.answer(Map.of(MONDAY, Availability.UNAVAILABLE), null, List.of(), MONDAY);

    Suggestion monday = CouncilSuggestions.of(council, Map.of(), TIME).get(0);

    assertThat(monday.suggestion()).isEqualTo("Proposed Mon 14:00 (nobody can make it yet; 3 needed)");
    assertThat(monday.detail()).isEqualTo("No mentor said yes or maybe to this hour.");
  }
}
