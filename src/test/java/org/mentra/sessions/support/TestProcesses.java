package org.mentra.sessions.support;

import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Small processes that tests deploy for themselves, under keys of their own. */
public final class TestProcesses {

  private TestProcesses() {}

  /** Deploys the model under a fresh key and returns that key. */
  public static String deploy(RepositoryService repository, String prefix,
      java.util.function.Function<String, BpmnModelInstance> model) {
    String key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    repository.createDeployment().name("test " + key).addModelInstance(key + ".bpmn", model.apply(key)).deploy();
    return key;
  }

  /** start → (job) → wait for {@code message} → end. */
  public static BpmnModelInstance waitForMessage(String key, String message) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("Start")
        .receiveTask("Task_Wait").name("Wait").camundaAsyncBefore().message(message)
        .endEvent("End").name("End")
        .done();
  }

  /** One waiting branch per element of {@code ${people}}, each with its {@code personId} local. */
  public static BpmnModelInstance waitInParallel(String key, String message) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("Start")
        .subProcess("Sub_PerPerson").name("Per person")
        .embeddedSubProcess().startEvent("Start_Branch").name("Branch")
        .receiveTask("Task_WaitForPerson").name("Wait for person").message(message)
        .camundaInputParameter("personId", "${person}")
        .endEvent("End_Branch").name("Answered")
        .subProcessDone()
        .endEvent("End").name("All answered")
        .done();
    model.<org.camunda.bpm.model.bpmn.instance.SubProcess>getModelElementById("Sub_PerPerson").builder()
        .multiInstance().parallel().camundaCollection("${people}").camundaElementVariable("person");
    return model;
  }

  /** A service task (job before it) that runs the given delegate bean, then waits. */
  public static BpmnModelInstance serviceThenWait(String key, String delegateBean) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("Start")
        .serviceTask("Task_Step").name("Step").camundaAsyncBefore().camundaDelegateExpression("${" + delegateBean + "}")
        .receiveTask("Task_Wait").name("Wait").message("TestNeverSent")
        .endEvent("End").name("End")
        .done();
  }
}
