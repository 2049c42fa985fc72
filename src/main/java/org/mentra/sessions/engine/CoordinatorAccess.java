package org.mentra.sessions.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
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
    if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identity.newGroup(GROUP);
      group.setName("Coordinators");
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
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
    ensureFilter(engine.getFilterService(), engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP)
        .includeAssignedTasks());
  }

  private static void grant(AuthorizationService authorizations, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(GROUP).resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(GROUP);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static void ensureFilter(FilterService filters, TaskQuery query) {
    List<Filter> existing = filters.createTaskFilterQuery().filterName(FILTER_NAME).orderByFilterId().asc().list();
    // Filters have no unique name: two nodes starting together may each have made one. Keep the first.
    existing.stream().skip(1).forEach(extra -> filters.deleteFilter(extra.getId()));
    if (!existing.isEmpty()) {
      return;
    }
    Filter filter = filters.newTaskFilter(FILTER_NAME);
    filter.setQuery(query);
    filter.setProperties(java.util.Map.of(
        "description", "Everything the coordinators are asked to resolve",
        "priority", -10,
        "refresh", true));
    filters.saveFilter(filter);
  }
}
