package org.mentra.sessions.safety.reports.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** When a review (or appeal) task is created: what the moderator's form shows, task-local; option lists as JSON. */
@Component
class DescribeReportForReview implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModerationService moderation;

  DescribeReportForReview(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void notify(DelegateTask task) {
    var reportId = ReportVariables.REPORT_ID.from(task);
    Map<String, Object> brief = "Task_DecideAppeal".equals(task.getTaskDefinitionKey())
        ? moderation.appealBrief(reportId) : moderation.reviewBrief(reportId);
    brief.forEach((name, value) -> task.setVariableLocal(name, value instanceof String ? value : json(value)));
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The moderator's form data cannot be written as JSON", e);
    }
  }
}
