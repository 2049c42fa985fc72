package org.mentra.sessions.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo ITs only: a demo part that fails, between the community and the features' parts, like PairingDemo
 * did when an event it signed up for was already over. The application must start and seed the rest.
 */
@Component
@Profile("demo")
@Order(12)
public class FailingDemoPart implements DemoPart {

  private volatile boolean tried;

  @Override
  public String description() {
    return "the deliberately failing part of the demo ITs";
  }

  @Override
  public void seed() {
    tried = true;
    throw new IllegalStateException("This demo part fails on purpose (demo ITs only).");
  }

  boolean tried() {
    return tried;
  }
}
