package org.mentra.sessions.accountability.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.NoShowCase;
import org.mentra.sessions.accountability.ReviewBriefs;

/** When a review task is created: puts what the coordinator needs to know into the task's form. */
@Component
class DescribeNoShowForReview implements TaskListener {

  private final ReviewBriefs briefs;

  DescribeNoShowForReview(ReviewBriefs briefs) {
    this.briefs = briefs;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariablesLocal(briefs.brief(NoShowCase.STRIKE_ID.from(task)));
  }
}
