package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.ModelCheck.Violation;
import org.mentra.sessions.engine.ProcessResourceDeployer.NamedResource;

/** Each rule of the model check catches what it is meant to catch, and a clean diagram passes. */
class ModelCheckTest {

  private static final String FORM = """
      {"id": "review-thing", "type": "default", "components": []}""";
  private static final Map<String, Class<?>> BEANS = Map.of(
      "sendGreeting", SendGreeting.class, "greetingService", GreetingService.class, "noteReview", NoteReview.class,
      "greetingProperties", GreetingProperties.class, "sendGreetingLetter", SendGreetingLetter.class);
  private static final ModelCheck.Beans BEAN_TYPES = new ModelCheck.Beans() {
    @Override
    public Optional<Class<?>> typeOf(String name) {
      return Optional.ofNullable(BEANS.get(name));
    }

    @Override
    public boolean mails(String name) {
      return name.equals("sendGreeting");
    }
  };

  /** A delegate as the application has them. */
  static class SendGreeting implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {}
  }

  /** A task listener as the application has them. */
  static class NoteReview implements TaskListener {
    @Override
    public void notify(DelegateTask task) {}
  }

  /** A bean that is no delegate (a service a delegate would call). */
  static class GreetingService {}

  /** Configuration as the diagrams' timers read it. */
  record GreetingProperties(java.time.Duration patience) {}

  enum Letter { WARM_WELCOME, FIRM_REMINDER }

  /** Several mail steps that differ only in their letter, as one delegate. */
  @StepParameter(name = "letter", values = Letter.class)
  static class SendGreetingLetter implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {}
  }

  @Test
  void anExpressionNamingAPropertyTheConfigurationLacksIsCaught() {
    assertThat(check(clean(m -> timer(m).setTextContent("${greetingProperties.patience}")))).isEmpty();
    assertThat(check(clean(m -> timer(m).setTextContent("${greetingProperties.patiense}"))))
        .anyMatch(v -> v.element().startsWith("Timer_Patience") && v.rule().contains("no property or method patiense"));
    assertThat(check(clean(m -> timer(m).setTextContent("${greetingProperty.patience}"))))
        .as("a process variable's member is the variable's business").isEmpty();
    assertThat(check(clean(m -> timer(m).setTextContent("${greetingsProperties.patience}"))))
        .anyMatch(v -> v.rule().contains("greetingsProperties, which is no configuration bean"));
  }

  @Test
  void aConditionNamingABeanMemberThatDoesNotExistIsCaught() {
    assertThat(check(clean(m -> m.<SequenceFlow>getModelElementById("Flow_Yes").getConditionExpression()
        .setTextContent("${greetingService.isHappy(happy)}"))))
        .anyMatch(v -> v.element().startsWith("Flow_Yes") && v.rule().contains("no property or method isHappy"));
  }

  @Test
  void aParameterisedStepMustSayWhichOfItsValuesItIs() {
    assertThat(check(clean(m -> task(m).setCamundaDelegateExpression("${sendGreetingLetter}"))))
        .anyMatch(v -> v.element().startsWith("Task_Greet")
            && v.rule().contains("needs the input parameter letter (one of warm-welcome, firm-reminder)"));
    assertThat(check(clean(m -> letter(m, "warm-welcome")))).isEmpty();
    assertThat(check(clean(m -> letter(m, "WARM_WELCOME"))))
        .anyMatch(v -> v.rule().contains("input parameter letter is 'WARM_WELCOME'; it must be one of warm-welcome"));
  }

  private static void letter(BpmnModelInstance model, String value) {
    task(model).setCamundaDelegateExpression("${sendGreetingLetter}");
    task(model).builder().camundaInputParameter("letter", value);
  }

  @Test
  void aCleanDiagramPasses() {
    assertThat(check(clean(), Set.of("Answered"))).isEmpty();
  }

  @Test
  void aDelegateThatNamesNoBeanIsCaught() {
    assertThat(check(clean(m -> task(m).setCamundaDelegateExpression("${sendGreting}"))))
        .anyMatch(v -> v.rule().contains("names no bean"));
  }

  @Test
  void aDelegateThatNamesABeanOfAnotherKindIsCaught() {
    assertThat(check(clean(m -> task(m).setCamundaDelegateExpression("${greetingService}"))))
        .anyMatch(v -> v.element().startsWith("Task_Greet") && v.rule().contains("is no JavaDelegate"));
    assertThat(check(clean(m -> listener(m, "${sendGreeting}"))))
        .anyMatch(v -> v.element().startsWith("Task_Review") && v.rule().contains("is no TaskListener"));
    assertThat(check(clean(m -> listener(m, "${noteReview}")))).isEmpty();
  }

  @Test
  void aMailStepThatIsNoSavePointIsCaught() {
    assertThat(check(clean(m -> task(m).setCamundaAsyncAfter(false))))
        .anyMatch(v -> v.element().startsWith("Task_Greet") && v.rule().contains("camunda:asyncAfter"));
  }

  @Test
  void aServiceTaskThatIsNoDelegateIsCaught() {
    assertThat(check(clean(m -> {
      task(m).setCamundaDelegateExpression(null);
      task(m).setCamundaClass("org.example.Greeter");
    }))).anyMatch(v -> v.rule().contains("must be a Java delegate"));
  }

  /** Every service task is a delegate: long work runs in a job of its own (asyncBefore), not as an external task. */
  @Test
  void anExternalTaskIsCaught() {
    assertThat(check(clean(m -> {
      task(m).setCamundaDelegateExpression(null);
      task(m).setCamundaType("external");
      task(m).setCamundaTopic("greeting");
    }))).anyMatch(v -> v.element().startsWith("Task_Greet") && v.rule().contains("must be a Java delegate"));
    assertThat(check(clean(m -> {
      task(m).setCamundaType("external");
      task(m).setCamundaTopic("greeting");
    }))).as("also when it names a delegate as well")
        .anyMatch(v -> v.element().startsWith("Task_Greet") && v.rule().contains("must be a Java delegate"));
  }

  @Test
  void aUserTaskWithoutAKnownFormOrGroupIsCaught() {
    List<Violation> violations = check(clean(m -> {
      UserTask review = m.getModelElementById("Task_Review");
      review.setCamundaFormRef("review-other");
      review.setCamundaCandidateGroups(null);
    }));
    assertThat(violations).anyMatch(v -> v.rule().contains("is no form id"));
    assertThat(violations).anyMatch(v -> v.rule().contains("candidate group"));
  }

  @Test
  void aFormBoundToItsDeploymentIsCaughtBecauseFormsAreDeployedOnlyWhenChanged() {
    assertThat(check(clean(m -> ((UserTask) m.getModelElementById("Task_Review")).setCamundaFormRefBinding("deployment"))))
        .anyMatch(v -> v.rule().contains("formRefBinding must be latest"));
  }

  @Test
  void anUnnamedElementAndAGeneratedIdAreCaught() {
    List<Violation> violations = check(clean(m -> {
      task(m).setName(null);
      m.<org.camunda.bpm.model.bpmn.instance.FlowNode>getModelElementById("Task_Review").setId("Activity_0ab12cd");
    }));
    assertThat(violations).anyMatch(v -> v.element().startsWith("Task_Greet") && v.rule().contains("needs a name"));
    assertThat(violations).anyMatch(v -> v.rule().contains("readable id"));
    assertThat(check(clean(m -> m.<org.camunda.bpm.model.bpmn.instance.FlowNode>getModelElementById("Start_Greeting")
        .setId("StartEvent_1")))).anyMatch(v -> v.element().startsWith("StartEvent_1") && v.rule().contains("readable id"));
  }

  @Test
  void anUnnamedFlowOutOfAGatewayIsCaught() {
    assertThat(check(clean(m -> m.<SequenceFlow>getModelElementById("Flow_Yes").setName(null))))
        .anyMatch(v -> v.element().startsWith("Flow_Yes") && v.rule().contains("needs a name"));
  }

  @Test
  void aTimerInDaysIsCaughtButHoursAndExpressionsPass() {
    assertThat(check(clean(m -> timer(m).setTextContent("P3D"))))
        .anyMatch(v -> v.rule().contains("days move with daylight saving"));
    assertThat(check(clean(m -> timer(m).setTextContent("PT")))).anyMatch(v -> v.rule().contains("timer 'PT'"));
    assertThat(check(clean(m -> timer(m).setTextContent("PT72H")))).isEmpty();
    assertThat(check(clean(m -> timer(m).setTextContent("${greetingProperties.patience}")))).isEmpty();
  }

  @Test
  void aMessageTheCodeSendsButNoDiagramDeclaresIsCaught() {
    assertThat(check(clean(), Set.of("Answered", "Anwsered")))
        .containsExactly(new Violation("(code)", "Anwsered",
            "the code correlates this message but no diagram declares it"));
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsCaught() {
    assertThat(check(clean(m -> m.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("greeting")
        .setCamundaHistoryTimeToLiveString(null))))
        .anyMatch(v -> v.rule().contains("historyTimeToLive"));
  }

  @Test
  void aProcessOnlyTheApplicationStartsMustStayOutOfTasklistsStartList() {
    assertThat(check(clean(m -> m.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("greeting")
        .setCamundaIsStartableInTasklist(true))))
        .anyMatch(v -> v.rule().contains("isStartableInTasklist"));
  }

  @Test
  void aFormWithoutIdIsCaught() {
    List<Violation> violations = ModelCheck.check(List.of(new NamedResource("forms/x.form", "{\"components\": []}")),
        BEAN_TYPES, Set.of());
    assertThat(violations).anyMatch(v -> v.rule().contains("needs an id"));
  }

  private static List<Violation> check(BpmnModelInstance model) {
    return check(model, Set.of());
  }

  private static List<Violation> check(BpmnModelInstance model, Set<String> messages) {
    return ModelCheck.check(List.of(new NamedResource("bpmn/greeting.bpmn", Bpmn.convertToString(model)),
        new NamedResource("forms/review-thing.form", FORM)), BEAN_TYPES, messages);
  }

  private static ServiceTask task(BpmnModelInstance model) {
    return model.getModelElementById("Task_Greet");
  }

  private static void listener(BpmnModelInstance model, String delegateExpression) {
    UserTask review = model.getModelElementById("Task_Review");
    CamundaTaskListener listener = model.newInstance(CamundaTaskListener.class);
    listener.setCamundaEvent("create");
    listener.setCamundaDelegateExpression(delegateExpression);
    review.builder().addExtensionElement(listener);
  }

  private static TimeDuration timer(BpmnModelInstance model) {
    return model.getModelElementsByType(TimeDuration.class).iterator().next();
  }

  private static BpmnModelInstance clean(Consumer<BpmnModelInstance> change) {
    BpmnModelInstance model = clean();
    change.accept(model);
    return model;
  }

  /** A small diagram that keeps every rule; the fluent builder draws it. */
  private static BpmnModelInstance clean() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("greeting").name("Greeting").camundaHistoryTimeToLive(30)
        .camundaStartableInTasklist(false)
        .startEvent("Start_Greeting").name("Greeting asked for")
        .serviceTask("Task_Greet").name("Send greeting").camundaDelegateExpression("${sendGreeting}")
        .camundaAsyncAfter()
        .receiveTask("Task_WaitForAnswer").name("Wait for answer").message("Answered")
        .boundaryEvent("Timer_Patience").name("Patience ran out").timerWithDuration("PT24H")
        .endEvent("End_NoAnswer").name("No answer")
        .moveToActivity("Task_WaitForAnswer")
        .exclusiveGateway("Gateway_Happy").name("Happy?")
        .sequenceFlowId("Flow_Yes").condition("yes", "${happy}")
        .endEvent("End_Happy").name("Happy")
        .moveToLastGateway()
        .sequenceFlowId("Flow_No").condition("no", "${!happy}")
        .userTask("Task_Review").name("Review the thing").camundaFormRef("review-thing")
        .camundaFormRefBinding("latest").camundaCandidateGroups("coordinators")
        .endEvent("End_Reviewed").name("Reviewed")
        .done();
    return model;
  }
}
