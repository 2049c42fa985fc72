package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;

/** A process step that mails and is retried or repeated by the engine sends one mail. */
class MailStepRetryTest extends IntegrationTest {

  @Autowired
  private RepositoryService repository;

  @Autowired
  private RuntimeService runtime;

  @Autowired
  private ManagementService management;

  @Autowired
  private OutboxRepository outbox;

  @Autowired
  private PersonRepository people;

  @Test
  void aStepThatFailsAfterComposingAndIsRetriedMailsOnce() {
    Person anna = people.save(org.mentra.sessions.support.TestPeople.person("Anna Retry", "Europe/Oslo", Role.MENTOR,
        Plan.FREE));
    String key = TestProcesses.deploy(repository, "mail-step", k -> TestProcesses.serviceThenWait(k, "mailOnceThenFail"));
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, Map.of("personId", anna.getId().toString(),
        "failFirst", true));

    String jobId = job(instance).getId();
    assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("after composing");
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(anna.getId())).as("rolled back with the step").isEmpty();

    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_Wait");
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(anna.getId())).hasSize(1);

    // A coordinator re-runs the step from Cockpit: same process, same step, same recipient, same purpose.
    runtime.createProcessInstanceModification(instance.getId()).startBeforeActivity("Task_Step").execute();
    execute(job(instance));
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(anna.getId())).hasSize(1);
  }
}
