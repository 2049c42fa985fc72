package org.mentra.sessions.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document (/v3/api-docs, Swagger UI) says the API is: its name, version and purpose. */
@Configuration
class ApiDocumentation {

  static final String TITLE = "Mentra Sessions API";

  /** The version is the build's (the pom's, via build-info); a run without a Maven build says so. */
  @Bean
  OpenAPI mentraSessionsApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    return new OpenAPI().info(new Info()
        .title(TITLE)
        .version(properties == null ? "unknown (not built by Maven)" : properties.getVersion())
        .description("""
            The platform's interface to Mentra Sessions: people and compatibility, council sessions \
            (request, mentors' answers, cancel), events and paired support (counselor availability, sign-ups, \
            offers, pairing, chats) and accountability (attendance, reliability, pauses). Instants are ISO-8601 \
            with an offset, ids are UUIDs (a person is always named by their person id), errors are RFC 9457 \
            problem details. Calls need a JWT from the platform's identity provider (or HTTP Basic where \
            enabled)."""));
  }
}
