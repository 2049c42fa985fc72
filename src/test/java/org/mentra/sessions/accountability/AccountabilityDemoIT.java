package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.demo.EventsDemo;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.accountability.demo.AccountabilityDemo;

/**
 * The demo's attendance on H2 as `mvn spring-boot:run` starts it (the same application context as
 * DemoProfileIT): Bob's and Tom's no-shows each opened a case, and coordinators see the rates.
 */
@DemoApplicationTest
class AccountabilityDemoIT {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private PersonRepository people;
  @Autowired
  private AttendanceService attendance;
  @Autowired
  private EventService events;
  @Autowired
  private SessionNames sessionNames;
  @Autowired
  private Clock clock;

  @Test
  void theDemoNoShowsOpenedTheirCasesAndTheCoordinatorsViewShowsThem() {
    for (String email : new String[] {"bob.chen@mentra.example", "tom.obrien@mentra.example"}) {
      var person = people.findByEmailIgnoreCase(email).orElseThrow();
      SessionKind kind = email.startsWith("bob") ? SessionKind.EVENT : SessionKind.CHAT;
      var session = kind == SessionKind.EVENT ? EventsDemo.MINDFUL_EVENING : AccountabilityDemo.CHAT;
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
          .processInstanceBusinessKey(NoShowCase.businessKey(kind, session, person.getId())).count()).isEqualTo(1);
    }

    ResponseEntity<String> page = http.withBasicAuth("coordinator", "coordinator")
        .getForEntity("/coordination/attendance", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Grace Adeyemi", "Nadia Haddad");
  }

  @Test
  void yesterdaysSessionsWereAtAnEveningHourAndTheEventHasItsName() {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate yesterday = LocalDate.ofInstant(clock.instant(), london).minusDays(1);
    var event = events.get(EventsDemo.MINDFUL_EVENING);
    var bob = people.findByEmailIgnoreCase("bob.chen@mentra.example").orElseThrow();
    var tom = people.findByEmailIgnoreCase("tom.obrien@mentra.example").orElseThrow();
    var missedChat = attendance.find(SessionKind.CHAT, AccountabilityDemo.CHAT,
        tom.getId()).orElseThrow().getSessionStart().atZone(ZoneId.of(tom.getTimeZone()));

    assertThat(event.getStartsAt().atZone(london).toLocalDate()).isEqualTo(yesterday);
    assertThat(event.getStartsAt().atZone(london).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    assertThat(missedChat.toLocalDate()).isEqualTo(yesterday);
    assertThat(missedChat.toLocalTime()).isBetween(LocalTime.of(17, 0), LocalTime.of(21, 0));
    assertThat(missedChat.toInstant()).isBefore(clock.instant());
    assertThat(sessionNames.name(SessionKind.EVENT, EventsDemo.MINDFUL_EVENING, bob.getId()))
        .isEqualTo("the event \"Mindfulness circle\"");
  }
}
