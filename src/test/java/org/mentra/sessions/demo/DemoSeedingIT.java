package org.mentra.sessions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Seeding the demo as `mvn spring-boot:run` does it (the same application context as DemoProfileIT):
 * readiness says UP only once the demo is in place, and a part that fails does not stop the application
 * or the parts after it (FailingDemoPart fails on purpose, after the community and before the features).
 */
@DemoApplicationTest
class DemoSeedingIT {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ReadinessWhileSeeding probe;
  @Autowired
  private FailingDemoPart failing;
  @Autowired
  private EventRepository events;
  @Autowired
  private PersonRepository people;

  @Test
  void readinessIsUpOnlyOnceTheDemoIsSeeded() {
    assertThat(probe.observed()).as("asked while the last demo part was seeded").isNotNull();
    assertThat(probe.observed().statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
    assertThat(probe.observed().body()).contains("OUT_OF_SERVICE");

    ResponseEntity<String> now = http.getForEntity("/actuator/health/readiness", String.class);

    assertThat(now.getStatusCode()).as("without a login").isEqualTo(HttpStatus.OK);
    assertThat(now.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void aFailingDemoPartStopsNeitherTheApplicationNorThePartsAfterIt() {
    assertThat(failing.tried()).isTrue();

    List<String> titles = events.findAll().stream().map(Event::getTitle).toList();

    assertThat(titles).contains("Evening support chats", "Pick your counselor", "Mindfulness circle");
    assertThat(people.findByEmailIgnoreCase("council@example.com")).isPresent();
    assertThat(http.withBasicAuth("coordinator", "coordinator").getForEntity("/coordination/councils", String.class)
        .getBody()).contains("Burnout and a career change");
  }
}
