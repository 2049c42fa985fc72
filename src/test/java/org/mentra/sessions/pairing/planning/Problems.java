package org.mentra.sessions.pairing.planning;

import org.mentra.sessions.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/** Small pairing problems for tests: hours from a fixed start, counselors, seats and requests. */
public final class Problems {

  public static final Instant START = Instant.parse("2031-03-04T17:00:00Z");

  private Problems() {}

  public static TimeRange hours(int from, int to) {
    return new TimeRange(START.plus(Duration.ofHours(from)), START.plus(Duration.ofHours(to)));
  }

  public static Counselor counselor(String name, TimeRange... windows) {
    return new Counselor(UUID.nameUUIDFromBytes(name.getBytes()), name, List.of(windows), List.of(), Set.of("en"));
  }

  /** The counselor's one-hour seats over all their windows. */
  public static List<CounselorSeat> seats(Counselor counselor) {
    return counselor.windows().stream()
        .flatMap(w -> w.slots(Duration.ofHours(1)).stream())
        .map(slot -> new CounselorSeat(counselor, slot))
        .toList();
  }

  public static Request patient(String name) {
    return new Request(name);
  }

  public static PairingPlan plan(List<CounselorSeat> seats, List<PairingRequest> requests, int preferredBonus,
      int loadSpreadWeight) {
    return new PairingPlan(seats, requests, PairingPlanner.weights(preferredBonus, loadSpreadWeight));
  }

  /** A registration being written: who, when, compatibility, preference. */
  public static final class Request {
    private final String name;
    private final List<TimeRange> availability = new ArrayList<>();
    private final Map<UUID, Integer> compatibility = new LinkedHashMap<>();
    private Set<String> languages = Set.of("en");
    private Set<UUID> blocked = Set.of();
    private UUID preferred;

    private Request(String name) {
      this.name = name;
    }

    public Request available(TimeRange... windows) {
      availability.addAll(List.of(windows));
      return this;
    }

    public Request compatibility(Counselor counselor, int score) {
      compatibility.put(counselor.id(), score);
      return this;
    }

    public Request speaks(String... codes) {
      languages = Set.of(codes);
      return this;
    }

    public Request blocks(Counselor counselor) {
      blocked = Set.of(counselor.id());
      return this;
    }

    public Request prefers(Counselor counselor) {
      preferred = counselor.id();
      return this;
    }

    /** With every given seat as a candidate (the constraints decide what is allowed). */
    public PairingRequest over(List<CounselorSeat> seats) {
      return new PairingRequest(UUID.nameUUIDFromBytes(name.getBytes()), UUID.nameUUIDFromBytes(("p" + name).getBytes()),
          availability, languages, blocked, compatibility, preferred, seats);
    }

    public PairingRequest seatedIn(CounselorSeat seat) {
      PairingRequest request = over(List.of(seat));
      request.setSeat(seat);
      return request;
    }
  }
}
