package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.QUORUM_REACHED;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.mentra.sessions.council.CouncilLifecycle;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.engine.ExternalTaskWorker;
import org.springframework.stereotype.Component;

/**
 * "Select the time": Timefold chooses the hour and the mentors. An external task, not a job: the
 * solve runs outside any transaction, so it holds no connection and none of the mentors' locks.
 */
@Component
@ExternalTaskWorker.Topic(SelectCouncilTime.TOPIC)
class SelectCouncilTime implements ExternalTaskWorker {

  static final String TOPIC = "council-time-selection";

  private final CouncilLifecycle lifecycle;
  private final ExternalTaskService externalTasks;
  private final Duration lockDuration;

  SelectCouncilTime(CouncilLifecycle lifecycle, ExternalTaskService externalTasks, CouncilProperties properties) {
    this.lifecycle = lifecycle;
    this.externalTasks = externalTasks;
    this.lockDuration = properties.solver().worstCase();
  }

  @Override
  public Duration lockDuration() {
    return lockDuration;
  }

  @Override
  public List<String> variables() {
    return List.of(COUNCIL_ID.name());
  }

  @Override
  public void work(LockedExternalTask task, String workerId) {
    UUID councilId = COUNCIL_ID.find(task.getVariables()).orElseThrow();
    lifecycle.selectTime(councilId, quorum -> externalTasks.complete(task.getId(), workerId,
        QUORUM_REACHED.putInto(new HashMap<>(), quorum)));
  }
}
