package org.mentra.sessions.events.registration;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventRegistrationProperties.class)
class EventRegistrationConfig {

  /** The name the diagram uses: {@code ${eventRegistrationProperties.firstReminder}}. */
  static final String PROPERTIES_BEAN = "eventRegistrationProperties";

  /** Spring Boot names configuration properties beans by prefix and type; the diagram needs a plain name. */
  @Bean
  static BeanFactoryPostProcessor eventRegistrationPropertiesAlias() {
    return (ConfigurableListableBeanFactory beanFactory) -> {
      String[] names = beanFactory.getBeanNamesForType(EventRegistrationProperties.class, true, false);
      if (names.length != 1) {
        throw new IllegalStateException("Expected one EventRegistrationProperties bean, found " + names.length);
      }
      if (!names[0].equals(PROPERTIES_BEAN)) {
        beanFactory.registerAlias(names[0], PROPERTIES_BEAN);
      }
    };
  }
}
