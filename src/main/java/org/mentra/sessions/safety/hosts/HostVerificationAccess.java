package org.mentra.sessions.safety.hosts;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.mentra.sessions.engine.GroupAccess;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The coordinators' shared Tasklist filter "Host verification": the steps of every application, oldest first
 * (the coordinators' own access to the process comes with their group).
 */
@Component
@Order(2)
class HostVerificationAccess extends AbstractProcessEnginePlugin {

  static final String FILTER_NAME = "Host verification";

  private static final Logger log = LoggerFactory.getLogger(HostVerificationAccess.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      setUp(engine);
    } catch (ProcessEngineException raced) {
      log.info("Another node set up the host verification filter at the same moment; checking again ({})",
          raced.getMessage());
      setUp(engine);
    }
  }

  private static void setUp(ProcessEngine engine) {
    GroupAccess.ensureFilter(engine.getFilterService(), FILTER_NAME,
        "Applications to host professional events, step by step", -5,
        engine.getTaskService().createTaskQuery().processDefinitionKey(HostVerificationVariables.PROCESS_KEY)
            .taskCandidateGroup(Coordinators.GROUP).includeAssignedTasks().orderByTaskCreateTime().asc());
  }
}
