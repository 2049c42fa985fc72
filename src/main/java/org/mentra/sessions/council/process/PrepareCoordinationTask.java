package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.mentra.sessions.council.CouncilCoordination.CoordinationView;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilCoordination;

/**
 * When "Resolve council coordination" is created: puts what the form shows on the task itself
 * (task-local, gone with the task). Tables and option lists are JSON, as Camunda Forms read them.
 */
@Component
class PrepareCoordinationTask implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CouncilCoordination coordination;

  PrepareCoordinationTask(CouncilCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateTask task) {
    CoordinationView view = coordination.view(COUNCIL_ID.from(task));
    task.setVariableLocal("summary", view.summary());
    task.setVariableLocal("mentorAnswers", json(view.mentorAnswers()));
    task.setVariableLocal("mentorNotes", json(view.mentorNotes()));
    task.setVariableLocal("suggestions", json(view.suggestions()));
    task.setVariableLocal("slotOptions", json(view.slotOptions()));
    task.setVariableLocal("mentorOptions", json(view.mentorOptions()));
    task.setVariableLocal("defaultExtensionHours", view.defaultExtensionHours());
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The coordinator's form data cannot be written as JSON", e);
    }
  }
}
