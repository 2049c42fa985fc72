package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinators' access is set up once, however often and by however many nodes it is run. */
class CoordinatorAccessTest extends IntegrationTest {

  @Autowired
  private CoordinatorAccess access;

  @Test
  void runningItAgainChangesNothingAndASecondNodesFilterIsTidiedAway() {
    var filters = processEngine.getFilterService();
    // What a second node starting at the same moment may leave behind: a filter of the same name.
    Filter twin = filters.newTaskFilter(CoordinatorAccess.FILTER_NAME);
    twin.setQuery(processEngine.getTaskService().createTaskQuery());
    filters.saveFilter(twin);

    access.postProcessEngineBuild(processEngine);
    access.postProcessEngineBuild(processEngine);

    assertThat(filters.createTaskFilterQuery().filterName(CoordinatorAccess.FILTER_NAME).count()).isEqualTo(1);
    assertThat(processEngine.getIdentityService().createGroupQuery().groupId(CoordinatorAccess.GROUP).count())
        .isEqualTo(1);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery()
        .groupIdIn(CoordinatorAccess.GROUP).resourceType(Resources.APPLICATION).resourceId("tasklist").count())
        .isEqualTo(1);
  }
}
