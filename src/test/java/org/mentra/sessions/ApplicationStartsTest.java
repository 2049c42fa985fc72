package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.mentra.sessions.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {

  @Test
  void engineRunsWithAuthorizationOnAndDeliberateHistoryLevel() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getHistory()).isEqualTo("audit");
  }
}
