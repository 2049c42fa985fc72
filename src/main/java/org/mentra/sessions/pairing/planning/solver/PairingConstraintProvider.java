package org.mentra.sessions.pairing.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The rules of a good pairing. Hard: both people free for the whole slot, one patient per counselor at a
 * time, never a blocked pair or a pair without a shared language. Medium: as many patients paired as
 * possible. Soft: total compatibility, the patient's preferred counselor, an even load over counselors.
 */
public class PairingConstraintProvider implements ConstraintProvider {

  public static final String PREFERRED_COUNSELOR = "Preferred counselor";
  public static final String LOAD_SPREAD = "Counselor load spread";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
        patientAvailableForWholeSlot(factory),
        counselorFreeForWholeSlot(factory),
        oneChatPerCounselorAtATime(factory),
        blockedPair(factory),
        sharedLanguage(factory),
        unpairedPatient(factory),
        compatibility(factory),
        preferredCounselor(factory),
        counselorLoadSpread(factory)
    };
  }

  Constraint patientAvailableForWholeSlot(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .filter(r -> !r.isAvailableFor(r.getSeat().time()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("Patient available for the whole slot");
  }

  Constraint counselorFreeForWholeSlot(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .filter(r -> !r.getSeat().isCounselorFree())
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("Counselor free for the whole slot");
  }

  Constraint oneChatPerCounselorAtATime(ConstraintFactory factory) {
    return factory.forEachUniquePair(PairingRequest.class,
            Joiners.equal(r -> r.getSeat().counselor().id()),
            Joiners.overlapping(r -> r.getSeat().time().start(), r -> r.getSeat().time().end()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("One patient per counselor at a time");
  }

  Constraint blockedPair(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .filter(r -> r.isBlockedWith(r.getSeat().counselor()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("Blocked pair");
  }

  Constraint sharedLanguage(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .filter(r -> !r.sharesLanguageWith(r.getSeat().counselor()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("Shared language");
  }

  Constraint unpairedPatient(ConstraintFactory factory) {
    return factory.forEachIncludingUnassigned(PairingRequest.class)
        .filter(r -> r.getSeat() == null)
        .penalize(HardMediumSoftScore.ONE_MEDIUM)
        .asConstraint("Unpaired patient");
  }

  Constraint compatibility(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .reward(HardMediumSoftScore.ONE_SOFT, r -> r.compatibilityWith(r.getSeat().counselor()))
        .asConstraint("Compatibility");
  }

  Constraint preferredCounselor(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .filter(r -> r.prefers(r.getSeat().counselor()))
        .reward(HardMediumSoftScore.ofSoft(PairingFlow.DEFAULT_PREFERRED_COUNSELOR_BONUS))
        .asConstraint(PREFERRED_COUNSELOR);
  }

  /** Quadratic in each counselor's number of chats, so taking one from the busiest helps most. */
  Constraint counselorLoadSpread(ConstraintFactory factory) {
    return factory.forEach(PairingRequest.class)
        .groupBy(r -> r.getSeat().counselor().id(), count())
        .penalize(HardMediumSoftScore.ONE_SOFT, (counselor, chats) -> chats * chats)
        .asConstraint(LOAD_SPREAD);
  }
}
