package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.demo.CouncilDemo;

/**
 * The demo's council as `mvn spring-boot:run` seeds it (the same application context as DemoProfileIT):
 * its proposed hours are inside the working hours of the mentee and of every mentor asked, each in their
 * own zone (no Tokyo mentor at 02:00).
 */
@DemoApplicationTest
class CouncilDemoIT {

  @Autowired
  private CouncilSessionRepository councils;
  @Autowired
  private PersonRepository people;
  @Autowired
  private CouncilProperties properties;

  @Test
  @Transactional(readOnly = true)
  void everyoneAskedCanMakeTheProposedHoursInTheirOwnWorkingDay() {
    Person mentee = people.findByEmailIgnoreCase(CouncilDemo.MENTEE).orElseThrow();
    CouncilSession council = councils.findAll().stream().filter(c -> c.getMenteeId().equals(mentee.getId()))
        .findFirst().orElseThrow();
    List<UUID> asked = new ArrayList<>(CouncilDemo.PICKS.stream()
        .map(email -> people.findByEmailIgnoreCase(email).orElseThrow().getId()).toList());
    council.getMentors().forEach(m -> asked.add(m.getMentorId()));  // the matched one too, once matching ran
    asked.add(mentee.getId());

    assertThat(council.getProposedSlots()).hasSize(3);
    for (UUID id : asked) {
      Person person = people.findById(id).orElseThrow();
      ZoneId zone = ZoneId.of(person.getTimeZone());
      assertThat(council.getProposedSlots()).as(person.getDisplayName() + " in " + zone).allSatisfy(slot -> {
        LocalTime start = slot.start().atZone(zone).toLocalTime();
        LocalTime end = slot.end().atZone(zone).toLocalTime();
        assertThat(start).isAfterOrEqualTo(properties.workdayStart());
        assertThat(end).isAfter(start).isBeforeOrEqualTo(properties.workdayEnd());
      });
    }
  }
}
