package org.mentra.sessions.demo;

/**
 * One part of the demo data (the community, a council, the paired support events, yesterday's
 * attendance). {@link DemoSeeder} seeds the parts in their {@code @Order}, each on its own: a part
 * that fails is logged and the others still run. A part seeds only what the database does not hold
 * yet, with every time computed from the clock at that moment, so a new database starts from today.
 */
public interface DemoPart {

  /** What the part seeds, in a few words for the log ("the council asking its mentors"). */
  String description();

  void seed();
}
