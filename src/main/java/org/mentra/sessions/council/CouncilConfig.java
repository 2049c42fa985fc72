package org.mentra.sessions.council;

import org.mentra.sessions.council.planning.solver.CouncilSolver;
import org.mentra.sessions.engine.LongRunningJob;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CouncilProperties.class)
class CouncilConfig {

  /** The name the diagram uses: {@code ${councilProperties.firstReminder}}. */
  static final String PROPERTIES_BEAN = "councilProperties";

  /** The time selection runs in a job of its own; the job executor's lock must outlast its cap. */
  @Bean
  LongRunningJob councilTimeSelectionJob(CouncilProperties properties) {
    return new LongRunningJob("council time selection (mentra.council.solver.time-cap)", properties.solver().timeCap());
  }

  /** The time selection's solver, one for the application (its factory is built once). */
  @Bean
  CouncilSolver councilSolver(CouncilProperties properties) {
    CouncilProperties.Solver limits = properties.solver();
    return new CouncilSolver(limits.stepLimit(), limits.unimprovedStepLimit(), limits.timeCap());
  }

  /**
   * Warms the solver up before the node reports ready (runners run before readiness): a load balancer
   * sends no traffic to a node whose first time selections would each take seconds of both cores.
   */
  @Bean
  ApplicationRunner councilSolverWarmUp(CouncilSolver solver, CouncilProperties properties) {
    return arguments -> {
      long start = System.nanoTime();
      solver.warmUp(properties.solver().warmUpRounds());
      LoggerFactory.getLogger(CouncilConfig.class).info("Council solver warmed up in {} ms",
          (System.nanoTime() - start) / 1_000_000);
    };
  }

  /**
   * Spring Boot names a properties record after its prefix and class; the alias gives it the short
   * name the timers in council-session.bpmn refer to.
   */
  @Bean
  static BeanFactoryPostProcessor councilPropertiesAlias() {
    return beanFactory -> {
      String[] names = beanFactory.getBeanNamesForType(CouncilProperties.class, false, false);
      if (names.length != 1) {
        throw new IllegalStateException("Expected one CouncilProperties bean, found " + names.length);
      }
      if (!names[0].equals(PROPERTIES_BEAN)) {
        beanFactory.registerAlias(names[0], PROPERTIES_BEAN);
      }
    };
  }
}
