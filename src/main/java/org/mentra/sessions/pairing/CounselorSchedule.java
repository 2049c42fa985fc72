package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.domain.CounselorAvailabilityRepository;

/**
 * When the counselors of an event are free: their availability minus the chats they already have
 * anywhere. A counselor whose volunteering is paused takes no new chat (the ones they have stay).
 */
@Component
public class CounselorSchedule {

  private final CounselorAvailabilityRepository availabilities;
  private final ChatRepository chats;
  private final PersonRepository people;
  private final Clock clock;

  CounselorSchedule(CounselorAvailabilityRepository availabilities, ChatRepository chats, PersonRepository people,
      Clock clock) {
    this.availabilities = availabilities;
    this.chats = chats;
    this.people = people;
    this.clock = clock;
  }

  /** A slot one patient can take. */
  record OpenSeat(UUID counselorId, Interval time) {}

  /** Every counselor's slots in the event that start at or after {@code earliest} and clash with no live chat. */
  List<OpenSeat> openSeats(Event event, Instant earliest) {
    List<CounselorAvailability> all = notPaused(availabilities.findByEventId(event.getId()));
    Map<UUID, List<Interval>> taken = liveChats(all.stream().map(CounselorAvailability::getCounselorId).toList(),
        eventWindow(event), null);
    List<OpenSeat> seats = new ArrayList<>();
    for (CounselorAvailability availability : all) {
      List<Interval> busy = taken.getOrDefault(availability.getCounselorId(), List.of());
      availability.slots().stream()
          .filter(slot -> !slot.start().isBefore(earliest) && !slot.overlapsAny(busy))
          .forEach(slot -> seats.add(new OpenSeat(availability.getCounselorId(), slot)));
    }
    seats.sort(Comparator.comparing((OpenSeat s) -> s.time().start()).thenComparing(OpenSeat::counselorId));
    return seats;
  }

  /**
   * The event's counselors (other than {@code except}) available for the whole time and in no chat then:
   * who could stand in. A counselor who did not come to a chat at that time is left out: their own chat
   * went to a standby or ended without a counselor, so they are free on paper but absent.
   */
  List<UUID> freeFor(Event event, Interval time, UUID except) {
    List<UUID> candidates = notPaused(availabilities.findByEventId(event.getId())).stream()
        .filter(a -> !a.getCounselorId().equals(except) && time.isInsideAny(a.windows()))
        .map(CounselorAvailability::getCounselorId)
        .toList();
    if (candidates.isEmpty()) {
      return candidates;
    }
    Map<UUID, List<Interval>> taken = liveChats(candidates, time, null);
    Set<UUID> absent = new HashSet<>(chats.findReplacedCounselors(candidates, time.start(), time.end()));
    chats.findOverlapping(candidates, Set.of(ChatStatus.NO_COUNSELOR), time.start(), time.end())
        .forEach(c -> absent.add(c.getCounselorId()));
    return candidates.stream()
        .filter(id -> !absent.contains(id) && !time.overlapsAny(taken.getOrDefault(id, List.of())))
        .toList();
  }

  /**
   * Locks these counselors' time in the event until the transaction ends: bookings, pairings and
   * standby hand-overs of one counselor take turns, so what {@link #isFree} says after the lock stays
   * true until the caller commits.
   */
  void lockSeats(UUID eventId, Collection<UUID> counselorIds) {
    if (!counselorIds.isEmpty()) {
      availabilities.lockByEventIdAndCounselorIdIn(eventId, Set.copyOf(counselorIds));
    }
  }

  /** Whether the counselor has no live chat overlapping the time, in any event. */
  boolean isFree(UUID counselorId, Interval time) {
    return chats.findOverlapping(List.of(counselorId), ChatStatus.LIVE, time.start(), time.end()).isEmpty();
  }

  /** Takes the time out of the counselor's availability for the event (they gave up a chat then). */
  void withdraw(UUID eventId, UUID counselorId, Interval time, Instant now) {
    availabilities.lockByEventIdAndCounselorId(eventId, counselorId).ifPresent(a -> a.withdraw(time, now));
  }

  /** The times of live chats of these counselors overlapping the window, by counselor; optionally not of one event. */
  Map<UUID, List<Interval>> liveChats(List<UUID> counselorIds, Interval window, UUID exceptEventId) {
    Map<UUID, List<Interval>> busy = new HashMap<>();
    if (counselorIds.isEmpty()) {
      return busy;
    }
    chats.findOverlapping(counselorIds, ChatStatus.LIVE, window.start(), window.end()).stream()
        .filter(c -> !c.getEventId().equals(exceptEventId))
        .forEach(c -> busy.computeIfAbsent(c.getCounselorId(), k -> new ArrayList<>()).add(c.time()));
    return busy;
  }

  private List<CounselorAvailability> notPaused(List<CounselorAvailability> all) {
    Instant now = clock.instant();
    Set<UUID> paused = people.findAllById(all.stream().map(CounselorAvailability::getCounselorId).toList()).stream()
        .filter(p -> p.isPausedAt(now)).map(Person::getId).collect(Collectors.toSet());
    return paused.isEmpty() ? all : all.stream().filter(a -> !paused.contains(a.getCounselorId())).toList();
  }

  public static Interval eventWindow(Event event) {
    return new Interval(event.getStartsAt(), event.getEndsAt());
  }
}
