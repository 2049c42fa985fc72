package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.springframework.beans.factory.annotation.Autowired;

class ReliabilityRefreshTest extends AccountabilityTest {

  @Autowired
  ReliabilityRefresh refresh;
  @Autowired
  ReliabilityService reliability;

  @Test
  void aStrikeThatLeavesTheWindowStopsLoweringReliability() {
    Person ben = person("Ben Recovers", Role.COUNSELOR);
    handledNoShow(ben, ParticipantRole.COUNSELOR);
    double withStrike = reload(ben).getReliability();

    advance(properties.strikeWindow().plus(Duration.ofDays(1)));
    assertThat(reload(ben).getReliability()).as("nothing happened to Ben yet").isEqualTo(withStrike);
    assertThat(refresh.refreshExpiredStrikes()).isPositive();

    double recovered = reload(ben).getReliability();
    assertThat(recovered).isGreaterThan(withStrike);
    assertThat(reliability.summary(reload(ben)).activeStrikes()).isZero();
    assertThat(reliability.summary(reload(ben)).noShows()).isEqualTo(1); // the miss itself is still in the share
    assertThat(recovered).isEqualTo(Math.round(2.0 / 3 * 1000) / 1000.0);
  }
}
