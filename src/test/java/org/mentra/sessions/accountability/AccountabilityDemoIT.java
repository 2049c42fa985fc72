package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo's attendance on H2 as `mvn spring-boot:run` starts it (the same application context as
 * DemoProfileIT): Bob's and Tom's no-shows each opened a case, and coordinators see the rates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:file:./target/demo-it/${random.uuid}/mentra;DB_CLOSE_ON_EXIT=FALSE")
class AccountabilityDemoIT {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private PersonRepository people;

  @Test
  void theDemoNoShowsOpenedTheirCasesAndTheCoordinatorsViewShowsThem() {
    for (String email : new String[] {"bob.chen@mentra.example", "tom.obrien@mentra.example"}) {
      var person = people.findByEmailIgnoreCase(email).orElseThrow();
      SessionKind kind = email.startsWith("bob") ? SessionKind.EVENT : SessionKind.CHAT;
      var session = kind == SessionKind.EVENT ? AccountabilityDemo.EVENT : AccountabilityDemo.CHAT;
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
          .processInstanceBusinessKey(NoShowCase.businessKey(kind, session, person.getId())).count()).isEqualTo(1);
    }

    ResponseEntity<String> page = http.withBasicAuth("coordinator", "coordinator")
        .getForEntity("/coordination/attendance", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Grace Adeyemi", "Nadia Haddad");
  }
}
