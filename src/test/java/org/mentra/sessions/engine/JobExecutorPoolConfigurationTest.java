package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A running job holds a database connection (a solver's for up to its time cap): with the shipped
 * configuration, the job threads, the pollers and the job acquisition together take at most half the
 * connection pool, so web requests always find one.
 */
class JobExecutorPoolConfigurationTest {

  @Test
  void jobThreadsLeaveHalfThePoolForWebRequests() {
    Properties config = shipped();
    int connections = Integer.parseInt(config.getProperty("spring.datasource.hikari.maximum-pool-size"));
    int coreJobThreads = Integer.parseInt(config.getProperty("camunda.bpm.job-execution.core-pool-size"));
    int jobThreads = Integer.parseInt(config.getProperty("camunda.bpm.job-execution.max-pool-size"));
    int pollers = Integer.parseInt(config.getProperty("spring.task.scheduling.pool.size"));

    assertThat(coreJobThreads).isLessThanOrEqualTo(jobThreads);
    // + the job acquisition, the outbox's after-commit sender and the correlations' delivery thread
    assertThat(jobThreads + pollers + 3).as("connections the job threads, pollers and background threads may hold")
        .isLessThanOrEqualTo(connections / 2);
  }

  private static Properties shipped() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    return yaml.getObject();
  }
}
