package org.mentra.sessions.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A NUL character ({@code "\u0000"}) in any string of a request body is a 400 naming the field: no field
 * takes one, and PostgreSQL keeps none in text, so the write failed with a 500 after the checks had passed.
 * Spring Boot adds the module to the application's ObjectMapper (the engine REST API has its own).
 */
@Configuration
class NoNulInJson {

  /** What the problem says about the field. */
  static final String MESSAGE = "must not contain a NUL character.";

  @Bean
  Module noNulCharacters() {
    return new SimpleModule("no-nul-characters").addDeserializer(String.class, new StringDeserializer() {
      @Override
      public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
          throw JsonMappingException.from(parser, MESSAGE);
        }
        return value;
      }
    });
  }
}
