package org.mentra.sessions.safety;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.mentra.sessions.engine.GroupAccess;
import org.mentra.sessions.security.GroupAuthorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code moderators} group: Tasklist, the report-review tasks (and only those: reports are
 * need-to-know, so coordinators are not moderators by default; add a coordinator to the group in Admin to
 * let them moderate), and the shared "Moderation" filter, urgent concerns on top.
 */
@Component
@Order(1)
public class ModerationAccess extends AbstractProcessEnginePlugin {

  public static final String GROUP = GroupAuthorities.MODERATORS_GROUP;
  public static final String FILTER_NAME = "Moderation";

  private static final Logger log = LoggerFactory.getLogger(ModerationAccess.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      setUp(engine);
    } catch (ProcessEngineException raced) {
      log.info("Another node set up the moderators' access at the same moment; checking again ({})",
          raced.getMessage());
      setUp(engine);
    }
  }

  private static void setUp(ProcessEngine engine) {
    GroupAccess.ensureGroup(engine.getIdentityService(), GROUP, "Moderators");
    AuthorizationService authorizations = engine.getAuthorizationService();
    GroupAccess.grant(authorizations, GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    GroupAccess.grant(authorizations, GROUP, Resources.PROCESS_DEFINITION, ReportVariables.PROCESS_KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY);
    GroupAccess.grant(authorizations, GROUP, Resources.DEPLOYMENT, "*", Permissions.READ);
    GroupAccess.grant(authorizations, GROUP, Resources.FILTER, "*", Permissions.READ);
    GroupAccess.ensureFilter(engine.getFilterService(), FILTER_NAME,
        "Reports of a concern and appeals, urgent concerns first", -20,
        engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks()
            .orderByTaskPriority().desc().orderByDueDate().asc());
  }
}
