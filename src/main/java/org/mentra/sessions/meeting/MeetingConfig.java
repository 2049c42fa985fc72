package org.mentra.sessions.meeting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MeetingProperties.class)
class MeetingConfig {

  @Bean
  @ConditionalOnMissingBean(MeetingRoomProvider.class)
  MeetingRoomProvider meetingRoomProvider(MeetingProperties properties) {
    return new UnguessableRoomProvider(properties);
  }
}
