package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.Refused;

/** The plan rules without a database: who may register for what, who comes first, configured values. */
class PlanLimitsTest {

  private static final Instant NOW = Instant.parse("2031-06-15T10:00:00Z");
  private final PlanLimits plans = new PlanLimits(PlanProperties.DEFAULTS, null, null, null,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aPlanRegistersForEventsOfThePlansItIncludes() {
    Event forPremium = event(Plan.PREMIUM);
    assertThat(plans.mayRegister(Plan.FREE, event(null))).isTrue();
    assertThat(plans.mayRegister(Plan.FREE, forPremium)).isFalse();
    assertThat(plans.mayRegister(Plan.PREMIUM, forPremium)).isTrue();
    assertThat(plans.mayRegister(Plan.PROFESSIONAL, forPremium)).isTrue();
    assertThat(plans.mayRegister(Plan.COUNCIL, forPremium)).isFalse();
    assertThat(plans.mayRegister(Plan.COUNCIL, event(Plan.COUNCIL))).isTrue();
    Person fay = new Person("Fay Free", "fay@plans.test", ZoneId.of("Europe/Berlin"), EnumSet.of(Role.PATIENT),
        Plan.FREE, NOW);
    assertThatThrownBy(() -> plans.ensureMayRegister(fay, forPremium)).isInstanceOfSatisfying(Refused.class, e -> {
      assertThat(e.problemType()).isEqualTo("plan-required");
      assertThat(e.properties()).containsEntry("requiredPlan", Plan.PREMIUM);
    });
  }

  @Test
  void priorityAndAnalyticsFollowTheTiersAndConfigurationKeepsWhatItLeavesOut() {
    assertThat(EnumSet.allOf(Plan.class).stream().filter(plans::hasPriority)).containsExactly(Plan.PREMIUM,
        Plan.PROFESSIONAL);
    assertThat(EnumSet.allOf(Plan.class).stream().filter(plans::hasAnalytics)).containsExactly(Plan.PROFESSIONAL);
    assertThat(plans.rules(Plan.PROFESSIONAL).eventsPerMonth()).as("no limit").isNull();

    PlanProperties configured = new PlanProperties(new PlanProperties.Rules(3, null, true, null, null, null, null),
        null, new PlanProperties.Rules(-1, null, null, null, null, false, null), null);
    assertThat(configured.free().eventsPerMonth()).isEqualTo(3);
    assertThat(configured.free().privateEvents()).isTrue();
    assertThat(configured.free().series()).as("the default").isFalse();
    assertThat(configured.free().includes()).containsExactly(Plan.FREE);
    assertThat(configured.professional().eventsPerMonth()).isNull();
    assertThat(configured.professional().priorityRegistration()).isFalse();
  }

  @Test
  void typesAreReadFromTheirConstantOrTheirWords() {
    assertThat(EventType.parse("skill-building workshop")).contains(EventType.SKILL_BUILDING_WORKSHOP);
    assertThat(EventType.parse("Q&A session")).contains(EventType.QA_SESSION);
    assertThat(EventType.parse("group_check_in")).contains(EventType.GROUP_CHECK_IN);
    assertThat(EventType.parse("karaoke")).isEmpty();
    assertThat(EventType.SKILL_BUILDING_WORKSHOP.isProfessional()).isTrue();
    assertThat(EventType.MEETUP.isProfessional()).isFalse();
    assertThat(EventStatus.DRAFT.mayBecome(EventStatus.PUBLISHED)).isTrue();
    assertThat(EventStatus.PUBLISHED.mayBecome(EventStatus.DRAFT)).isFalse();
    assertThat(EventStatus.CANCELLED.mayBecome(EventStatus.PUBLISHED)).isFalse();
  }

  private static Event event(Plan required) {
    Event event = new Event(UUID.randomUUID(), EventKind.GROUP, NOW);
    event.describe("For " + required, null, null, null, EventFormat.VIRTUAL, null, 10, EventPrivacy.PUBLIC, required,
        false);
    return event;
  }
}
