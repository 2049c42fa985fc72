package org.mentra.sessions.pairing.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One patient's registration, to be placed in a counselor seat or left unpaired. A published pair
 * is pinned: the planner works around it and never moves it.
 */
@PlanningEntity
public class PairingRequest {

  @PlanningId
  private UUID registrationId;
  private UUID patientId;
  private List<TimeRange> availability;
  private Set<String> languages;
  private Set<UUID> blockedCounselors;
  private Map<UUID, Integer> compatibility;
  private UUID preferredCounselor;
  private List<CounselorSeat> candidateSeats;

  @PlanningPin
  private boolean pinned;

  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidateSeats")
  private CounselorSeat seat;

  PairingRequest() {}

  /**
   * @param compatibility the 0–100 score with each counselor
   * @param candidateSeats the seats worth trying (the planner's search space); every rule is still checked by the
   *     constraints
   */
  public PairingRequest(UUID registrationId, UUID patientId, List<TimeRange> availability, Set<String> languages,
      Set<UUID> blockedCounselors, Map<UUID, Integer> compatibility, UUID preferredCounselor,
      List<CounselorSeat> candidateSeats) {
    this.registrationId = registrationId;
    this.patientId = patientId;
    this.availability = List.copyOf(availability);
    this.languages = Set.copyOf(languages);
    this.blockedCounselors = Set.copyOf(blockedCounselors);
    this.compatibility = Map.copyOf(compatibility);
    this.preferredCounselor = preferredCounselor;
    this.candidateSeats = List.copyOf(candidateSeats);
  }

  /** A published pair: seated and pinned. */
  public PairingRequest pinnedTo(CounselorSeat publishedSeat) {
    this.seat = publishedSeat;
    this.pinned = true;
    this.candidateSeats = List.of(publishedSeat);
    return this;
  }

  @ValueRangeProvider(id = "candidateSeats")
  public List<CounselorSeat> getCandidateSeats() {
    return candidateSeats;
  }

  /** The patient can make the whole slot. */
  public boolean isAvailableFor(TimeRange time) {
    return time.isInsideAny(availability);
  }

  public boolean isBlockedWith(Counselor counselor) {
    return blockedCounselors.contains(counselor.id());
  }

  public boolean sharesLanguageWith(Counselor counselor) {
    return counselor.speaksAnyOf(languages);
  }

  /** Every hard rule holds for this seat (ignoring who else sits where). */
  public boolean canTake(CounselorSeat candidate) {
    return isAvailableFor(candidate.time()) && candidate.isCounselorFree() && !isBlockedWith(candidate.counselor())
        && sharesLanguageWith(candidate.counselor());
  }

  public int compatibilityWith(Counselor counselor) {
    return compatibility.getOrDefault(counselor.id(), 0);
  }

  public boolean prefers(Counselor counselor) {
    return counselor.id().equals(preferredCounselor);
  }

  public UUID getRegistrationId() {
    return registrationId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public boolean isPinned() {
    return pinned;
  }

  public CounselorSeat getSeat() {
    return seat;
  }

  public void setSeat(CounselorSeat seat) {
    this.seat = seat;
  }

  @Override
  public String toString() {
    return "PairingRequest " + registrationId + " -> " + seat;
  }
}
