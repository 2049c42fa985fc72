package org.mentra.sessions.pairing.planning.solver;

import org.mentra.sessions.shared.TimeRange;
import static org.mentra.sessions.pairing.planning.Problems.counselor;
import static org.mentra.sessions.pairing.planning.Problems.hours;
import static org.mentra.sessions.pairing.planning.Problems.patient;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/** One test per constraint: it fires exactly when its rule is broken, by the expected amount. */
class PairingConstraintProviderTest {

  private final ConstraintVerifier<PairingConstraintProvider, PairingPlan> verifier =
      ConstraintVerifier.build(new PairingConstraintProvider(), PairingPlan.class, PairingRequest.class);

  private final Counselor susan = counselor("Susan", hours(0, 3));
  private final CounselorSeat susanAtFive = seat(susan, 0);
  private final CounselorSeat susanAtSix = seat(susan, 1);

  @Test
  void patientAvailableForWholeSlot() {
    PairingRequest fits = patient("Bob").available(hours(0, 2)).seatedIn(susanAtFive);
    PairingRequest halfAnHourShort = patient("Mary").available(new TimeRange(hours(1, 2).start(),
        hours(1, 2).end().minus(Duration.ofMinutes(30)))).seatedIn(susanAtSix);

    verifier.verifyThat(PairingConstraintProvider::patientAvailableForWholeSlot)
        .given(fits, halfAnHourShort)
        .penalizesBy(1);
  }

  @Test
  void counselorFreeForWholeSlot() {
    Counselor busyAtSix = new Counselor(UUID.randomUUID(), "Joe", List.of(hours(0, 3)), List.of(hours(1, 2)),
        Set.of("en"));
    PairingRequest free = patient("Bob").available(hours(0, 3)).seatedIn(seat(busyAtSix, 0));
    PairingRequest busy = patient("Mary").available(hours(0, 3)).seatedIn(seat(busyAtSix, 1));
    PairingRequest outsideWindow = patient("Ann").available(hours(0, 5)).seatedIn(seat(busyAtSix, 3));

    verifier.verifyThat(PairingConstraintProvider::counselorFreeForWholeSlot)
        .given(free, busy, outsideWindow)
        .penalizesBy(2);
  }

  @Test
  void oneChatPerCounselorAtATime() {
    PairingRequest bob = patient("Bob").available(hours(0, 3)).seatedIn(susanAtFive);
    PairingRequest mary = patient("Mary").available(hours(0, 3)).seatedIn(susanAtFive);
    CounselorSeat overlappingLongerSeat = new CounselorSeat(susan, new TimeRange(susanAtFive.time().start()
        .plus(Duration.ofMinutes(30)), susanAtSix.time().end()));
    PairingRequest ann = patient("Ann").available(hours(0, 3)).seatedIn(overlappingLongerSeat);
    PairingRequest laterAndFine = patient("Tom").available(hours(0, 3)).seatedIn(seat(susan, 2));

    verifier.verifyThat(PairingConstraintProvider::oneChatPerCounselorAtATime)
        .given(bob, mary, ann, laterAndFine)
        .penalizesBy(3);
  }

  @Test
  void blockedPair() {
    PairingRequest blocked = patient("Bob").available(hours(0, 3)).blocks(susan).seatedIn(susanAtFive);
    PairingRequest fine = patient("Mary").available(hours(0, 3)).seatedIn(susanAtSix);

    verifier.verifyThat(PairingConstraintProvider::blockedPair)
        .given(blocked, fine)
        .penalizesBy(1);
  }

  @Test
  void sharedLanguage() {
    PairingRequest frenchOnly = patient("Inès").available(hours(0, 3)).speaks("fr").seatedIn(susanAtFive);
    PairingRequest bilingual = patient("Luc").available(hours(0, 3)).speaks("fr", "en").seatedIn(susanAtSix);

    verifier.verifyThat(PairingConstraintProvider::sharedLanguage)
        .given(frenchOnly, bilingual)
        .penalizesBy(1);
  }

  @Test
  void unpairedPatient() {
    PairingRequest waiting = patient("Bob").available(hours(0, 3)).over(List.of(susanAtFive));
    PairingRequest alsoWaiting = patient("Mary").available(hours(0, 3)).over(List.of(susanAtFive));
    PairingRequest paired = patient("Ann").available(hours(0, 3)).seatedIn(susanAtSix);

    verifier.verifyThat(PairingConstraintProvider::unpairedPatient)
        .given(waiting, alsoWaiting, paired)
        .penalizesBy(2);
  }

  @Test
  void compatibility() {
    PairingRequest bob = patient("Bob").available(hours(0, 3)).compatibility(susan, 95).seatedIn(susanAtFive);
    PairingRequest mary = patient("Mary").available(hours(0, 3)).compatibility(susan, 85).seatedIn(susanAtSix);
    PairingRequest unpaired = patient("Ann").available(hours(0, 3)).compatibility(susan, 60).over(List.of());

    verifier.verifyThat(PairingConstraintProvider::compatibility)
        .given(bob, mary, unpaired)
        .rewardsWith(180);
  }

  @Test
  void preferredCounselor() {
    Counselor joe = counselor("Joe", hours(0, 3));
    PairingRequest gotSusan = patient("Bob").available(hours(0, 3)).prefers(susan).seatedIn(susanAtFive);
    PairingRequest wantedSusanGotJoe = patient("Mary").available(hours(0, 3)).prefers(susan).seatedIn(seat(joe, 0));

    verifier.verifyThat(PairingConstraintProvider::preferredCounselor)
        .given(gotSusan, wantedSusanGotJoe)
        .rewardsWith(1);
  }

  @Test
  void counselorLoadSpread() {
    Counselor joe = counselor("Joe", hours(0, 3));
    PairingRequest bob = patient("Bob").available(hours(0, 3)).seatedIn(susanAtFive);
    PairingRequest mary = patient("Mary").available(hours(0, 3)).seatedIn(susanAtSix);
    PairingRequest ann = patient("Ann").available(hours(0, 3)).seatedIn(seat(joe, 0));

    verifier.verifyThat(PairingConstraintProvider::counselorLoadSpread)
        .given(bob, mary, ann)
        .penalizesBy(2 * 2 + 1);
  }

  private static CounselorSeat seat(Counselor counselor, int hour) {
    return new CounselorSeat(counselor, hours(hour, hour + 1));
  }
}
