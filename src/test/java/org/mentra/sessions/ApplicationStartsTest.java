package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.mentra.sessions.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

class ApplicationStartsTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Test
  void engineRunsWithAuthorizationOnAndDeliberateHistoryLevel() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getHistory()).isEqualTo("audit");
  }

  @Test
  void theApplicationStaysHealthyWhileTheSmtpServerIsDown() {
    SMTP.stop();
    try {
      assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    } finally {
      SMTP.start();
    }
  }
}
