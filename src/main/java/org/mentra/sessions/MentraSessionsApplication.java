package org.mentra.sessions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.LogbackMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Without Micrometer's count of log events: nothing reads metrics (the actuator shows only health), and its
 * filter is asked at every {@code isTraceEnabled()} in the process, which Hibernate calls for each value it reads.
 */
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
public class MentraSessionsApplication {
  public static void main(String[] args) {
    SpringApplication.run(MentraSessionsApplication.class, args);
  }
}
