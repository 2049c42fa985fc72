package org.mentra.sessions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.mentra.sessions.engine.ProcessResourceDeployer.NamedResource;

/**
 * The rules that keep the diagrams in {@code bpmn/}, the forms in {@code forms/} and the code in
 * agreement, so a process owner's change in Modeler cannot silently break a process:
 * <ul>
 *   <li>every service task (and every listener) is a Java delegate named {@code ${beanName}}: a bean of the
 *       application that is a {@code JavaDelegate} (an {@code ExecutionListener}, a {@code TaskListener});</li>
 *   <li>every service task whose delegate sends mail is {@code camunda:asyncAfter} (a save point);</li>
 *   <li>every user task has a form from {@code forms/} ({@code camunda:formRef}, binding {@code latest}) and a candidate group;</li>
 *   <li>every task, event, gateway and sub-process has a name and a readable id (not Modeler's {@code Activity_0x1y2z3});</li>
 *   <li>every flow out of a gateway that splits is named;</li>
 *   <li>every timer duration is an expression or an ISO duration in exact hours and minutes (PT72H, not P3D, which moves with daylight saving);</li>
 *   <li>every message the code correlates is declared in a diagram;</li>
 *   <li>every executable process has a history time to live, and every element is drawn (Modeler shows it);</li>
 *   <li>a process is offered in Tasklist's "Start process" only when its start event has a form;</li>
 *   <li>an expression that names a bean's member ({@code ${councilProperties.firstReminder}}) names one that
 *       exists, and a {@code ...Properties} name is a configuration bean of the application;</li>
 *   <li>a task of a delegate with a {@link StepParameter} gives that input parameter a value the delegate knows.</li>
 * </ul>
 */
public final class ModelCheck {

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
  private static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{.+}$", Pattern.DOTALL);
  private static final Pattern EXACT_DURATION = Pattern.compile("^(R\\d*/)?PT(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?$");
  private static final Pattern GENERATED_ID =
      Pattern.compile("^(Activity|Event|Gateway|StartEvent|EndEvent|Task|UserTask|ServiceTask|SubProcess|"
          + "IntermediateThrowEvent|IntermediateCatchEvent|BoundaryEvent|ExclusiveGateway|ParallelGateway|"
          + "Flow|SequenceFlow)_[0-9a-z]{7}$|^StartEvent_1$");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code name.member} inside an expression, where name is not itself behind a dot. */
  private static final Pattern MEMBER_REFERENCE =
      Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private ModelCheck() {}

  /** A broken rule, with where. */
  public record Violation(String file, String element, String rule) {
    @Override
    public String toString() {
      return file + " / " + element + ": " + rule;
    }
  }

  /** The application's beans, as far as the check needs them. */
  @FunctionalInterface
  public interface Beans {
    /** The type of the bean of that name; empty when there is none. */
    Optional<Class<?>> typeOf(String name);

    /** Whether the delegate of that name sends mail (makes mail keys for its step). */
    default boolean mails(String name) {
      return false;
    }
  }

  /**
   * Checks all diagrams and forms.
   *
   * @param beans the application's beans, which delegate expressions name
   * @param correlatedMessages the message names the code sends to processes
   */
  public static List<Violation> check(Collection<NamedResource> resources, Beans beans,
      Set<String> correlatedMessages) {
    List<Violation> violations = new ArrayList<>();
    Map<String, String> formFiles = formIds(resources, violations);
    Set<String> declaredMessages = new HashSet<>();
    for (NamedResource resource : resources) {
      if (resource.name().endsWith(".bpmn")) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
            new ByteArrayInputStream(resource.content().getBytes(StandardCharsets.UTF_8)));
        new DiagramCheck(resource.name(), model, beans, formFiles.keySet(), violations).run();
        model.getModelElementsByType(Message.class).forEach(m -> declaredMessages.add(m.getName()));
      }
    }
    for (String message : correlatedMessages) {
      if (!declaredMessages.contains(message)) {
        violations.add(new Violation("(code)", message, "the code correlates this message but no diagram declares it"));
      }
    }
    return violations;
  }

  private static Map<String, String> formIds(Collection<NamedResource> resources, List<Violation> violations) {
    Map<String, String> ids = new HashMap<>();
    for (NamedResource resource : resources) {
      if (!resource.name().endsWith(".form")) {
        continue;
      }
      try {
        JsonNode form = JSON.readTree(resource.content());
        String id = form.path("id").asText("");
        if (id.isBlank()) {
          violations.add(new Violation(resource.name(), "(form)", "a form needs an id: user tasks refer to it"));
        } else if (ids.put(id, resource.name()) != null) {
          violations.add(new Violation(resource.name(), id, "form id also used by " + ids.get(id)));
        }
        if (!form.path("components").isArray()) {
          violations.add(new Violation(resource.name(), id, "a Camunda Form has a components array"));
        }
      } catch (java.io.IOException e) {
        violations.add(new Violation(resource.name(), "(form)", "not valid JSON: " + e.getMessage()));
      }
    }
    return ids;
  }

  private record DiagramCheck(String file, BpmnModelInstance model, Beans beans, Set<String> forms,
      List<Violation> violations) {

    void run() {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
          fail(process, "an executable process needs camunda:historyTimeToLive");
        }
        if (process.getName() == null || process.getName().isBlank()) {
          fail(process, "the process needs a name");
        }
        boolean hasStartForm = process.getChildElementsByType(StartEvent.class).stream()
            .anyMatch(start -> start.getCamundaFormRef() != null);
        if (process.isExecutable() && process.isCamundaStartableInTasklist() && !hasStartForm) {
          fail(process, "only the application starts it: camunda:isStartableInTasklist=\"false\" keeps it out of "
              + "Tasklist's Start process list (or give its start event a form)");
        }
      }
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (!drawn.contains(element.getId())) {
          fail(element, "is not drawn in the diagram (Modeler would not show it)");
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        checkNameAndId(node);
      }
      model.getModelElementsByType(ServiceTask.class).forEach(t -> delegate(t, t.getCamundaDelegateExpression(),
          t.getCamundaClass() != null || t.getCamundaExpression() != null || t.getCamundaType() != null));
      model.getModelElementsByType(SendTask.class).forEach(t -> delegate(t, t.getCamundaDelegateExpression(),
          t.getCamundaClass() != null || t.getCamundaExpression() != null || t.getCamundaType() != null));
      model.getModelElementsByType(ScriptTask.class).forEach(t -> fail(t, "use a service task with a Java delegate, not a script"));
      model.getModelElementsByType(BusinessRuleTask.class).forEach(t -> fail(t, "use a service task with a Java delegate"));
      model.getModelElementsByType(CamundaExecutionListener.class).forEach(l -> listener(l, l.getCamundaDelegateExpression(),
          l.getCamundaClass() != null || l.getCamundaExpression() != null || l.getCamundaScript() != null,
          ExecutionListener.class));
      model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> listener(l, l.getCamundaDelegateExpression(),
          l.getCamundaClass() != null || l.getCamundaExpression() != null || l.getCamundaScript() != null,
          TaskListener.class));
      model.getModelElementsByType(UserTask.class).forEach(this::userTask);
      model.getModelElementsByType(Gateway.class).forEach(this::gatewayFlows);
      model.getModelElementsByType(TimerEventDefinition.class).forEach(this::timer);
      model.getModelElementsByType(MessageEventDefinition.class).forEach(d -> {
        if (d.getMessage() == null) {
          fail((BaseElement) d.getParentElement(), "a message event needs a declared message");
        }
      });
      model.getModelElementsByType(TimerEventDefinition.class).forEach(t -> {
        BaseElement event = (BaseElement) t.getParentElement();
        for (var part : java.util.Arrays.asList(t.getTimeDuration(), t.getTimeDate(), t.getTimeCycle())) {
          if (part != null) {
            expression(event, part.getTextContent());
          }
        }
      });
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> {
        if (f.getConditionExpression() != null) {
          expression(f, f.getConditionExpression().getTextContent());
        }
      });
      model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> expression(owner(p), p.getTextContent()));
      model.getModelElementsByType(MultiInstanceLoopCharacteristics.class).forEach(m -> {
        BaseElement activity = owner(m.getParentElement());
        expression(activity, m.getCamundaCollection());
        if (m.getCompletionCondition() != null) {
          expression(activity, m.getCompletionCondition().getTextContent());
        }
      });
      model.getModelElementsByType(ReceiveTask.class).forEach(t -> {
        if (t.getMessage() == null) {
          fail(t, "a receive task needs a declared message");
        }
      });
    }

    private void checkNameAndId(FlowNode node) {
      boolean needsName = node instanceof Task || node instanceof Event || node instanceof Gateway
          || node instanceof SubProcess || node instanceof Activity;
      if (needsName && (node.getName() == null || node.getName().isBlank())) {
        fail(node, "needs a name in plain words");
      }
      if (GENERATED_ID.matcher(node.getId()).matches()) {
        fail(node, "needs a readable id such as Task_SendReminder instead of Modeler's generated one");
      }
    }

    private void delegate(BaseElement task, String expression, boolean otherImplementation) {
      if (otherImplementation || expression == null) {
        fail(task, "must be a Java delegate: camunda:delegateExpression=\"${beanName}\"");
        return;
      }
      bean(task, expression, JavaDelegate.class);
      Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
      if (bean.matches()) {
        beans.typeOf(bean.group(1)).map(type -> type.getAnnotation(StepParameter.class))
            .ifPresent(parameter -> stepParameter(task, parameter));
      }
      if (bean.matches() && beans.mails(bean.group(1)) && task instanceof FlowNode step
          && !step.isCamundaAsyncAfter()) {
        fail(task, "sends mail, so it must be camunda:asyncAfter=\"true\": a save point, so that a failure "
            + "further on never runs the mail step again");
      }
    }

    private void listener(org.camunda.bpm.model.xml.instance.ModelElementInstance listener, String expression,
        boolean otherImplementation, Class<?> listenerType) {
      BaseElement owner = owner(listener);
      if (otherImplementation || expression == null) {
        fail(owner, "listeners must be Java delegates: camunda:delegateExpression=\"${beanName}\"");
        return;
      }
      bean(owner, expression, listenerType);
    }

    private void bean(BaseElement element, String expression, Class<?> required) {
      Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
      if (!bean.matches()) {
        fail(element, "delegate expression " + expression + " must name a bean: ${beanName}");
        return;
      }
      Optional<Class<?>> type = beans.typeOf(bean.group(1));
      if (type.isEmpty()) {
        fail(element, "delegate expression " + expression + " names no bean of the application");
      } else if (!required.isAssignableFrom(type.get())) {
        fail(element, "delegate expression " + expression + " names a bean that is no " + required.getSimpleName()
            + " (" + type.get().getSimpleName() + ")");
      }
    }

    private void userTask(UserTask task) {
      String formRef = task.getCamundaFormRef();
      if (formRef == null || formRef.isBlank()) {
        fail(task, "needs a Camunda Form from forms/ (camunda:formRef)");
      } else if (!forms.contains(formRef)) {
        fail(task, "camunda:formRef " + formRef + " is no form id in forms/");
      }
      if (formRef != null && !"latest".equals(task.getCamundaFormRefBinding())) {
        fail(task, "camunda:formRefBinding must be latest (forms are deployed only when they change)");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        fail(task, "needs a candidate group (camunda:candidateGroups)");
      }
    }

    private void gatewayFlows(Gateway gateway) {
      Collection<SequenceFlow> outgoing = gateway.getOutgoing();
      if (outgoing.size() < 2) {
        return;
      }
      for (SequenceFlow flow : outgoing) {
        if (flow.getName() == null || flow.getName().isBlank()) {
          fail(flow, "leaves gateway " + gateway.getId() + " and needs a name saying when it is taken"
              + (gateway instanceof ParallelGateway ? " (or what runs on it)" : ""));
        }
      }
    }

    private void timer(TimerEventDefinition timer) {
      BaseElement event = (BaseElement) timer.getParentElement();
      if (timer.getTimeDuration() != null) {
        duration(event, timer.getTimeDuration().getTextContent());
      } else if (timer.getTimeCycle() != null) {
        duration(event, timer.getTimeCycle().getTextContent());
      } else if (timer.getTimeDate() != null) {
        String date = timer.getTimeDate().getTextContent().trim();
        if (!EXPRESSION.matcher(date).matches()) {
          fail(event, "a timer date must be an expression, not a fixed date: " + date);
        }
      } else {
        fail(event, "a timer needs a duration, cycle or date");
      }
      if (event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == null) {
        fail(event, "a boundary timer must be attached to an activity");
      }
    }

    private void duration(BaseElement event, String value) {
      String text = value == null ? "" : value.trim();
      if (!EXPRESSION.matcher(text).matches() && !EXACT_DURATION.matcher(text).matches()) {
        fail(event, "timer '" + text + "' must be an expression bound to configuration or an ISO duration in "
            + "hours/minutes/seconds such as PT72H (days move with daylight saving)");
      }
    }

    /** A task of a parameterised delegate says which of its letters (decisions, …) it is. */
    private void stepParameter(BaseElement task, StepParameter parameter) {
      String allowed = StepParameters.allowed(parameter.values());
      Optional<String> value = task.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
          .stream()
          .flatMap(e -> e.getElementsQuery().filterByType(CamundaInputOutput.class).list().stream())
          .flatMap(io -> io.getCamundaInputParameters().stream())
          .filter(p -> parameter.name().equals(p.getCamundaName()))
          .map(p -> p.getTextContent() == null ? "" : p.getTextContent().trim())
          .findFirst();
      if (value.isEmpty()) {
        fail(task, "needs the input parameter " + parameter.name() + " (one of " + allowed + ")");
      } else if (java.util.Arrays.stream(parameter.values().getEnumConstants())
          .noneMatch(c -> StepParameters.inDiagram(c).equals(value.get()))) {
        fail(task, "input parameter " + parameter.name() + " is '" + value.get() + "'; it must be one of " + allowed);
      }
    }

    /**
     * Members of the application's beans that an expression names must exist: a property a process owner
     * misspells in Modeler ({@code ${councilProperties.firstRemindr}}) would otherwise fail only when the
     * timer is created, in front of users. Names that are no bean are process variables, except that a
     * {@code ...Properties} name is always meant to be a configuration bean.
     */
    private void expression(BaseElement element, String text) {
      if (text == null || !text.contains("{")) {
        return;
      }
      Matcher reference = MEMBER_REFERENCE.matcher(text);
      while (reference.find()) {
        String name = reference.group(1);
        String member = reference.group(2);
        Optional<Class<?>> type = beans.typeOf(name);
        if (type.isEmpty()) {
          if (name.endsWith("Properties")) {
            fail(element, "expression " + text.trim() + " names " + name + ", which is no configuration bean of the "
                + "application");
          }
          continue;
        }
        if (!hasMember(type.get(), member)) {
          fail(element, "expression " + text.trim() + " names " + name + "." + member + ", but "
              + type.get().getSimpleName() + " has no property or method " + member);
        }
      }
    }

    private static boolean hasMember(Class<?> type, String member) {
      if (type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
          .anyMatch(c -> c.getName().equals(member))) {
        return true;
      }
      String capitalised = Character.toUpperCase(member.charAt(0)) + member.substring(1);
      return java.util.Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(member)
          || m.getName().equals("get" + capitalised) || m.getName().equals("is" + capitalised));
    }

    private BaseElement owner(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
      org.camunda.bpm.model.xml.instance.ModelElementInstance current = element;
      while (current != null && !(current instanceof FlowElement) && !(current instanceof Process)) {
        current = current.getParentElement();
      }
      return (BaseElement) current;
    }

    private void fail(BaseElement element, String rule) {
      String label = element == null ? "(unknown)" : element.getId()
          + (element instanceof FlowElement f && f.getName() != null ? " \"" + f.getName() + "\"" : "");
      violations.add(new Violation(file, label, rule));
    }
  }
}
