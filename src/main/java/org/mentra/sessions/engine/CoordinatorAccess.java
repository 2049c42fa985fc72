package org.mentra.sessions.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.mentra.sessions.people.Coordinators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code coordinators} group and what it may do with authorization on: use Tasklist and
 * Cockpit, start and work on our processes and tasks, and see the shared "Coordination" filter.
 * Set up in every profile (it is configuration, not a credential); who belongs to the group is
 * decided in Admin, or by the demo data.
 */
@Component
@Order(1)
public class CoordinatorAccess extends AbstractProcessEnginePlugin {

  public static final String GROUP = Coordinators.GROUP;
  public static final String FILTER_NAME = "Coordination";

  private static final Logger log = LoggerFactory.getLogger(CoordinatorAccess.class);

  /**
   * Sets up what is missing. Nodes of a cluster starting for the first time at the same moment may
   * both try: the one that loses on a unique key finds everything in place on its second look.
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      setUp(engine);
    } catch (ProcessEngineException raced) {
      log.info("Another node set up the coordinators' access at the same moment; checking again ({})",
          raced.getMessage());
      setUp(engine);
    }
  }

  private static void setUp(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    GroupAccess.ensureGroup(identity, GROUP, "Coordinators");
    AuthorizationService authorizations = engine.getAuthorizationService();
    grant(authorizations, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(authorizations, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN);
    grant(authorizations, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
    grant(authorizations, Resources.TASK, "*", TaskPermissions.READ, TaskPermissions.UPDATE,
        TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN, TaskPermissions.READ_HISTORY);
    grant(authorizations, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(authorizations, Resources.FILTER, "*", Permissions.READ);
    GroupAccess.ensureFilter(engine.getFilterService(), FILTER_NAME, "Everything the coordinators are asked to resolve",
        -10, engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks());
  }

  private static void grant(AuthorizationService authorizations, Resource resource, String resourceId,
      Permission... permissions) {
    GroupAccess.grant(authorizations, GROUP, resource, resourceId, permissions);
  }
}
