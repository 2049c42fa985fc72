package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventProperties;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.pairing.mail.PairingLetters.CounselorInvitation;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.domain.CounselorAvailabilityRepository;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;
import org.mentra.sessions.pairing.web.AvailabilityLinkHandler;

/** Counselors and their availability: the invitation to give it, and giving it (by link or API). */
@Service
@RetryOnConflict
public class AvailabilityService {

  private final SupportEvents events;
  private final CounselorAvailabilityRepository availabilities;
  private final SupportRegistrationRepository registrations;
  private final ChatRepository chats;
  private final PersonRepository people;
  private final PeopleService peopleService;
  private final OneClickLinks links;
  private final MailComposer mail;
  private final MessageCorrelator correlator;
  private final EventProperties eventProperties;
  private final Clock clock;

  AvailabilityService(SupportEvents events, CounselorAvailabilityRepository availabilities,
      SupportRegistrationRepository registrations, ChatRepository chats, PersonRepository people,
      PeopleService peopleService, OneClickLinks links, MailComposer mail, MessageCorrelator correlator,
      EventProperties eventProperties, Clock clock) {
    this.events = events;
    this.availabilities = availabilities;
    this.registrations = registrations;
    this.chats = chats;
    this.people = people;
    this.peopleService = peopleService;
    this.links = links;
    this.mail = mail;
    this.correlator = correlator;
    this.eventProperties = eventProperties;
    this.clock = clock;
  }

  /** Every counselor gets a one-click link to a page where they choose their windows and slot length. */
  @Transactional
  public int inviteCounselors(UUID eventId, MailStep step) {
    Event event = events.get(eventId);
    if (!event.isPublished()) {
      return 0;
    }
    List<Person> counselors = people.findByRole(Role.COUNSELOR).stream()
        .filter(c -> !c.isPausedAt(clock.instant())).toList();
    for (Person counselor : counselors) {
      Recipient to = Recipient.of(counselor);
      String url = links.url(AvailabilityLinkHandler.PURPOSE, counselor.getId(), eventId.toString(), null,
          event.getEndsAt());
      mail.compose(step.key(to, "availability-request"), to,
          new CounselorInvitation(event, url, events.signUpsCloseAt(event)));
    }
    return counselors.size();
  }

  @Transactional(readOnly = true)
  public Optional<CounselorAvailability> find(UUID eventId, UUID counselorId) {
    return availabilities.findByEventIdAndCounselorId(eventId, counselorId);
  }

  /**
   * Replaces the counselor's windows and slot length for the event. Their chats must stay inside the
   * new windows (to give one up, they cancel it). After sign-ups closed, new time is offered to the
   * patients still waiting.
   */
  @Transactional
  public CounselorAvailability setAvailability(UUID eventId, UUID counselorId, List<Interval> windows,
      Integer slotMinutes) {
    Event event = events.getOpen(eventId);
    Person counselor = peopleService.get(counselorId);
    if (!counselor.hasRole(Role.COUNSELOR)) {
      throw new Refused("counselor-role-required", "Counselors only",
          counselor.getDisplayName() + " is not a counselor; only counselors give availability for paired support.",
          Map.of("personId", counselorId));
    }
    peopleService.ensureNotPaused(counselor);
    int minutes = Objects.requireNonNullElse(slotMinutes, events.settings(event).getSlotMinutes());
    if (!eventProperties.allowsSlot(minutes)) {
      throw InvalidInput.of("slotMinutes", "must be " + eventProperties.slotRange());
    }
    Instant now = clock.instant();
    CounselorAvailability availability = availabilities.lockByEventIdAndCounselorId(eventId, counselorId)
        .orElseGet(() -> new CounselorAvailability(eventId, counselorId));
    List<Interval> merged = Interval.merge(windows);
    List<Chat> stranded = chats.findByEventIdAndStatusIn(eventId, ChatStatus.LIVE).stream()
        .filter(c -> c.getCounselorId().equals(counselorId) && !c.time().isInsideAny(merged))
        .toList();
    if (!stranded.isEmpty()) {
      throw new Conflict("You have a chat on " + new LocalTimes(counselor.zone(), counselor.locale())
          .dateTime(stranded.get(0).getStartsAt()) + " outside these windows. "
          + "To give it up, use the cancel link in its email, so your patient is paired again.");
    }
    availability.replace(merged, minutes, now);
    availabilities.save(availability);
    if (events.signUpsClosed(event)
        && !registrations.findByEventIdAndStatusOrderByCreatedAt(eventId, RegistrationStatus.WAITING).isEmpty()) {
      correlator.correlateAfterCommit(Correlation.of(PairingMessage.PLACE_FREED, eventId.toString()));
    }
    return availability;
  }
}
