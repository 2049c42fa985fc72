package org.mentra.sessions.council;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentra.sessions.council.matching.MentorScorer;
import org.mentra.sessions.council.matching.PriorityScore;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.Block;
import org.mentra.sessions.safety.BlockService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilMentorRepository;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.MentorLoad;
import org.mentra.sessions.council.domain.MentorSource;

/**
 * Puts mentors into a council: the mentee's picks first, then the best-scored mentors until the
 * maximum (those for whom every proposed slot falls outside their working hours only when too few
 * others fit), and one lead (the mentee's choice, else the highest score). Every mentor's score and its
 * reasons are kept for the coordinators. Nobody is matched who blocked, or was blocked by, the mentee or a
 * mentor already in the council (safety's blocks, either direction).
 */
@Service
public class MentorMatching {

  static final String PICKED_REASON = "picked by the mentee";

  private final CouncilSessionRepository councils;
  private final CouncilMentorRepository councilMentors;
  private final PersonRepository people;
  private final CouncilProperties properties;
  private final MentorScorer scorer;
  private final BlockService blocks;
  private final Clock clock;

  MentorMatching(CouncilSessionRepository councils, CouncilMentorRepository councilMentors, PersonRepository people,
      CouncilProperties properties, BlockService blocks, Clock clock) {
    this.councils = councils;
    this.councilMentors = councilMentors;
    this.people = people;
    this.properties = properties;
    this.blocks = blocks;
    this.scorer = new MentorScorer(properties.recentLoadWindow(), properties.workingHours());
    this.clock = clock;
  }

  /** Adds the mentee's own picks (already checked) to a new council, in their order. */
  void addPicks(CouncilSession council, Person mentee, List<Person> picks, UUID leadMentorId) {
    Map<UUID, Long> loads = recentLoads(council);
    for (Person mentor : picks) {
      PriorityScore score = scorer.score(mentor, council.getTopic(), mentee.getTopics(),
          loads.getOrDefault(mentor.getId(), 0L), council.getProposedSlots());
      CouncilMentor added = council.addMentor(mentor.getId(), MentorSource.PICKED, score.value(),
          withFirst(PICKED_REASON, score.reasons()));
      added.makeLead(mentor.getId().equals(leadMentorId));
    }
  }

  /**
   * Fills the council's free places by priority score and makes sure it has a lead. Returns whether
   * there are at least the minimum of mentors to ask; when not, the coordinators have to help.
   */
  @Transactional
  public boolean match(UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Person mentee = people.getOrFail(council.getMenteeId());
    int places = council.getMentorMaximum() - council.activeMentors().size();
    if (places > 0) {
      Instant now = clock.instant();
      Set<UUID> involved = council.getMentors().stream().map(CouncilMentor::getMentorId).collect(Collectors.toSet());
      Map<UUID, Long> loads = recentLoads(council);
      List<Candidate> candidates = people.findByRole(Role.MENTOR).stream()
          .filter(p -> !involved.contains(p.getId()) && !p.getId().equals(mentee.getId()) && !p.isPausedAt(now))
          .map(p -> new Candidate(p, scorer.score(p, council.getTopic(), mentee.getTopics(),
              loads.getOrDefault(p.getId(), 0L), council.getProposedSlots())))
          // Those with a proposed slot in their working hours first: one who would meet at night only fills a gap.
          .sorted(Comparator.comparing((Candidate c) -> c.score().outsideWorkingHours())
              .thenComparingDouble(c -> -c.score().value())
              .thenComparing(c -> c.mentor().getId()))
          .toList();
      Set<UUID> inCouncil = new HashSet<>(council.activeMentors().stream().map(CouncilMentor::getMentorId).toList());
      inCouncil.add(mentee.getId());
      Set<List<UUID>> blocked = blockedPairs(inCouncil, candidates);
      for (Candidate c : candidates) {
        if (places == 0) {
          break;
        }
        UUID id = c.mentor().getId();
        if (inCouncil.stream().noneMatch(other -> blocked.contains(List.of(id, other)))) {
          council.addMentor(id, MentorSource.MATCHED, c.score().value(), c.score().reasons());
          inCouncil.add(id);
          places--;
        }
      }
    }
    if (council.lead().isEmpty()) {
      council.activeMentors().stream()
          .max(Comparator.comparingDouble(CouncilMentor::getPriorityScore)
              .thenComparing(CouncilMentor::getMentorId, Comparator.reverseOrder()))
          .ifPresent(m -> m.makeLead(true));
    }
    boolean enough = council.activeMentors().size() >= council.getMentorMinimum();
    if (!enough) {
      council.needCoordinator(CoordinationReason.NOT_ENOUGH_MENTORS);
    }
    return enough;
  }

  /** Every blocked pair (both orders) between the candidates and everyone in the council, and among the candidates. */
  private Set<List<UUID>> blockedPairs(Set<UUID> inCouncil, List<Candidate> candidates) {
    Set<UUID> everyone = new HashSet<>(inCouncil);
    candidates.forEach(c -> everyone.add(c.mentor().getId()));
    Set<List<UUID>> pairs = new HashSet<>();
    for (Block b : blocks.between(everyone, everyone)) {
      pairs.add(List.of(b.blockerId(), b.blockedId()));
      pairs.add(List.of(b.blockedId(), b.blockerId()));
    }
    return pairs;
  }

  private Map<UUID, Long> recentLoads(CouncilSession council) {
    return councilMentors.recentLoads(clock.instant().minus(properties.recentLoadWindow()), council.getId()).stream()
        .collect(Collectors.toMap(MentorLoad::mentorId, MentorLoad::councils));
  }

  private static List<String> withFirst(String first, List<String> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).toList();
  }

  private record Candidate(Person mentor, PriorityScore score) {}
}
