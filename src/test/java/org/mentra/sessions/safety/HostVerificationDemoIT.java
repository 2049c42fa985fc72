package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's professional host is verified, so she may create a workshop of her own; her verification waits to be renewed. */
@DemoApplicationTest
class HostVerificationDemoIT {

  @Autowired
  private PersonRepository people;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private EventService events;
  @Autowired
  private TransactionTemplate transactions;
  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void graceIsAVerifiedHostAndCreatesAWorkshopOfHerOwn() throws Exception {
    Person grace = people.findByEmailIgnoreCase("grace.adeyemi@mentra.example").orElseThrow();
    JsonNode verification = json.readTree(http.withBasicAuth("coordinator", "coordinator")
        .getForObject("/api/v1/hosts/" + grace.getId() + "/verification", String.class));
    assertThat(verification.get("status").asText()).isEqualTo("VERIFIED");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(HostVerificationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(verification.get("applicationId").asText()).activityIdIn("Timer_RenewalNotice")
        .count()).isEqualTo(1);

    var start = Instant.now().plus(Duration.ofDays(9)).atOffset(ZoneOffset.UTC);
    // rolled back: the demo context is shared, and its other tests count Grace's events
    Event workshop = transactions.execute(status -> {
      status.setRollbackOnly();
      return events.create(new EventRequest("Sleep better: a workshop", "Small steps to rest.",
          "SKILL_BUILDING_WORKSHOP", "sleep", EventKind.GROUP, EventFormat.VIRTUAL, start, start.plusHours(1),
          "Europe/London", grace.getId(), 8, null, null, false, null, null, EventStatus.PUBLISHED), grace);
    });
    assertThat(workshop.getHostId()).contains(grace.getId());
  }
}
