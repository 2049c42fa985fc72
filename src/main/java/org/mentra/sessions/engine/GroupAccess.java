package org.mentra.sessions.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Setting up an engine group at startup, idempotently: the group, its grants, its shared Tasklist filter.
 * {@link CoordinatorAccess} does it for the coordinators; a feature with a group of its own (safety's
 * moderators) does the same from its own engine plugin.
 */
public final class GroupAccess {

  private GroupAccess() {}

  public static void ensureGroup(IdentityService identity, String groupId, String name) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** Grants the permissions, adding them to the group's grant on the resource if it has one. */
  public static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** A shared task filter of that name, made once (two nodes starting together may each make one: the first stays). */
  public static void ensureFilter(FilterService filters, String name, String description, int priority,
      TaskQuery query) {
    List<Filter> existing = filters.createTaskFilterQuery().filterName(name).orderByFilterId().asc().list();
    existing.stream().skip(1).forEach(extra -> filters.deleteFilter(extra.getId()));
    if (!existing.isEmpty()) {
      return;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
  }
}
