package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.people.PersonLocks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.mentra.sessions.accountability.domain.StrikeRepository;

/**
 * Strikes stop counting when their session leaves the rolling window, without anything else
 * happening to the person; once a night, reliability is recomputed for the people whose strikes
 * have just left it. Idempotent, so it may run on every node of a cluster.
 */
@Component
class ReliabilityRefresh {

  /** Looks back this far past the window's edge, so a night the application was down is caught up. */
  private static final Duration CATCH_UP = Duration.ofDays(3);

  private final StrikeRepository strikes;
  private final PersonLocks locks;
  private final ReliabilityService reliability;
  private final AccountabilityProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReliabilityRefresh(StrikeRepository strikes, PersonLocks locks, ReliabilityService reliability,
      AccountabilityProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
    this.strikes = strikes;
    this.locks = locks;
    this.reliability = reliability;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Scheduled(cron = "${mentra.accountability.reliability-refresh-cron:0 30 3 * * *}")
  void nightly() {
    refreshExpiredStrikes();
  }

  /** Recomputes reliability for everyone with an active strike that left the window lately; returns how many. */
  int refreshExpiredStrikes() {
    Instant edge = clock.instant().minus(properties.strikeWindow());
    Set<UUID> people = strikes.findPersonIdsWithActiveStrikesMissedBetween(edge.minus(CATCH_UP), edge);
    people.forEach(personId -> transaction.executeWithoutResult(status -> {
      locks.lock(personId);
      reliability.recompute(personId);
    }));
    return people.size();
  }
}
