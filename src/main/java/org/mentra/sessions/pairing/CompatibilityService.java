package org.mentra.sessions.pairing;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.BlockService;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.CompatibilityOverride;
import org.mentra.sessions.pairing.domain.CompatibilityOverrideRepository;
import org.mentra.sessions.pairing.domain.CompatibilityTable;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;

/** Compatibility in use: explained for one pair, set by coordinators, computed in bulk for a pairing. */
@Service
@RetryOnConflict
public class CompatibilityService {

  private final CompatibilityScorer scorer;
  private final CompatibilityOverrideRepository overrides;
  private final BlockService blocks;
  private final SupportRegistrationRepository registrations;
  private final PeopleService people;
  private final Clock clock;

  CompatibilityService(CompatibilityScorer scorer, CompatibilityOverrideRepository overrides,
      BlockService blocks, SupportRegistrationRepository registrations, PeopleService people, Clock clock) {
    this.scorer = scorer;
    this.overrides = overrides;
    this.blocks = blocks;
    this.registrations = registrations;
    this.people = people;
    this.clock = clock;
  }

  /** One pair, explained; with an event, its theme and the patient's sign-up preferences count too. */
  @Transactional(readOnly = true)
  public Compatibility explain(UUID patientId, UUID counselorId, Optional<Event> event) {
    Person patient = people.get(patientId);
    Person counselor = people.get(counselorId);
    RegistrationPreferences preferences = event
        .flatMap(e -> registrations.findByEventIdAndPatientId(e.getId(), patientId))
        .map(SupportRegistration::getPreferences).orElse(RegistrationPreferences.NONE);
    String theme = event.flatMap(Event::getTheme).orElse(null);
    return table(List.of(patient), List.of(counselor), theme, Map.of(patientId, preferences)).of(patientId, counselorId);
  }

  @Transactional
  public Compatibility setExplicit(UUID patientId, UUID counselorId, int score, String setBy) {
    requireRoles(patientId, counselorId);
    CompatibilityOverride override = overrides.findById(new CompatibilityOverride.Key(patientId, counselorId))
        .orElseGet(() -> new CompatibilityOverride(patientId, counselorId));
    override.set(score, setBy, clock.instant());
    overrides.save(override);
    return explain(patientId, counselorId, Optional.empty());
  }

  @Transactional
  public void clearExplicit(UUID patientId, UUID counselorId) {
    overrides.deleteById(new CompatibilityOverride.Key(patientId, counselorId));
  }

  /** Every patient with every counselor, in one read of the overrides and of safety's blocks (either direction). */
  CompatibilityTable table(Collection<Person> patients, Collection<Person> counselors, String theme,
      Map<UUID, RegistrationPreferences> preferences) {
    Set<UUID> patientIds = ids(patients);
    Set<UUID> counselorIds = ids(counselors);
    Map<CompatibilityOverride.Key, Integer> explicit = new HashMap<>();
    Set<List<UUID>> blocked = new HashSet<>();
    if (!patientIds.isEmpty() && !counselorIds.isEmpty()) {
      overrides.findAmong(patientIds, counselorIds).forEach(o ->
          explicit.put(new CompatibilityOverride.Key(o.patientId(), o.counselorId()), o.getScore()));
      blocks.between(patientIds, counselorIds).forEach(b -> {
        blocked.add(List.of(b.blockerId(), b.blockedId()));
        blocked.add(List.of(b.blockedId(), b.blockerId()));
      });
    }
    Map<UUID, Map<UUID, Compatibility>> byPatient = new HashMap<>();
    for (Person patient : patients) {
      Map<UUID, Compatibility> row = new HashMap<>();
      RegistrationPreferences wishes = preferences.getOrDefault(patient.getId(), RegistrationPreferences.NONE);
      for (Person counselor : counselors) {
        row.put(counselor.getId(), scorer.score(patient, counselor, theme, wishes,
            explicit.get(new CompatibilityOverride.Key(patient.getId(), counselor.getId())),
            blocked.contains(List.of(patient.getId(), counselor.getId()))));
      }
      byPatient.put(patient.getId(), row);
    }
    return new CompatibilityTable(byPatient);
  }

  private void requireRoles(UUID patientId, UUID counselorId) {
    if (!people.get(patientId).hasRole(Role.PATIENT)) {
      throw InvalidInput.of("patientId", "This person is not a patient.");
    }
    if (!people.get(counselorId).hasRole(Role.COUNSELOR)) {
      throw InvalidInput.of("counselorId", "This person is not a counselor.");
    }
  }

  private static Set<UUID> ids(Collection<Person> persons) {
    Set<UUID> ids = new HashSet<>();
    persons.forEach(p -> ids.add(p.getId()));
    return ids;
  }
}
