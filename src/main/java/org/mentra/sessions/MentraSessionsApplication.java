package org.mentra.sessions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MentraSessionsApplication {
  public static void main(String[] args) {
    SpringApplication.run(MentraSessionsApplication.class, args);
  }
}
