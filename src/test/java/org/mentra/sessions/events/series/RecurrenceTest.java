package org.mentra.sessions.events.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;

class RecurrenceTest {

  @Test
  void readsARuleWithOrWithoutItsPropertyName() {
    assertThat(Recurrence.parse("FREQ=WEEKLY;COUNT=10").count()).hasValue(10);
    assertThat(Recurrence.parse(" rrule:freq=weekly;byday=mo,we;until=20270301T000000Z ").rule())
        .isEqualTo("FREQ=WEEKLY;UNTIL=20270301T000000Z;BYDAY=MO,WE");
    assertThat(Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270301T000000Z").until())
        .hasValue(Instant.parse("2027-03-01T00:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FREQ=SECONDLY;COUNT=5", "FREQ=MINUTELY;COUNT=5", "FREQ=HOURLY;COUNT=5"})
  void refusesRulesThatRepeatWithinADay(String rule) {
    assertRefused(rule, "DAILY, WEEKLY, MONTHLY or YEARLY");
  }

  @Test
  void refusesEndlessRulesSayingHowToEndThem() {
    assertRefused("FREQ=WEEKLY;BYDAY=MO", "add COUNT");
  }

  @Test
  void refusesWhatRfc5545OrTheSeriesDoesNotAllow() {
    assertRefused("FREQ=WEEKLY;COUNT=3;UNTIL=20270301T000000Z", "not both");
    assertRefused("FREQ=WEEKLY;UNTIL=20270301", "UTC time");
    assertRefused("FREQ=WEEKLY;UNTIL=20270301T000000", "UTC time");
    assertRefused("FREQ=WEEKLY;COUNT=0", "COUNT must be 1 or more");
    assertRefused("FREQ=WEEKLY;INTERVAL=0;COUNT=3", "INTERVAL must be 1 or more");
    assertRefused("FREQ=DAILY;BYHOUR=9,17;COUNT=3", "BYHOUR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "FREQ=FORTNIGHTLY;COUNT=2", "FREQ=WEEKLY;COUNT=x", "FREQ=WEEKLY;BYDAY=XX;COUNT=2",
      "COUNT=3", "FREQ=WEEKLY;UNTIL=2027", "FREQ=WEEKLY;FOO=3", "FREQ=WEEKLY;COUNT=3\nX-EVIL=1", ";;;"})
  void garbageIsAnInvalidInputNamingTheField(String rule) {
    assertThatThrownBy(() -> Recurrence.parse(rule))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
            .containsExactly("recurrenceRule"));
  }

  @Test
  void aMissingRuleIsRefused() {
    assertRefused(null, "needs a recurrence rule");
    assertRefused("  ", "needs a recurrence rule");
    assertRefused("FREQ=WEEKLY;COUNT=3;" + "BYDAY=MO,".repeat(60) + "TU", "longer than");
  }

  @Test
  void changesTheEndKeepingTheRestInICal4jsOrder() {
    Recurrence rule = Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10");
    assertThat(rule.withCount(3).rule()).isEqualTo("FREQ=WEEKLY;COUNT=3;INTERVAL=2;BYDAY=MO,WE");
    assertThat(rule.withUntil(Instant.parse("2027-03-28T15:59:59Z")).rule())
        .isEqualTo("FREQ=WEEKLY;UNTIL=20270328T155959Z;INTERVAL=2;BYDAY=MO,WE");
  }

  @Test
  void describesCommonRulesInWords() {
    assertThat(Recurrence.parse("FREQ=WEEKLY;BYDAY=MO;COUNT=10").describe()).isEqualTo("weekly on Monday, 10 times");
    assertThat(Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;UNTIL=20270301T000000Z").describe())
        .isEqualTo("every 2 weeks on Monday, Wednesday and Friday, until 1 Mar 2027");
    assertThat(Recurrence.parse("FREQ=DAILY;COUNT=1").describe()).isEqualTo("daily, once");
    assertThat(Recurrence.parse("FREQ=MONTHLY;BYDAY=1TU;COUNT=6").describe())
        .isEqualTo("monthly, 6 times (FREQ=MONTHLY;COUNT=6;BYDAY=1TU)");
  }

  private static void assertRefused(String rule, String saying) {
    assertThatThrownBy(() -> Recurrence.parse(rule))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining(saying)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
            .containsExactly("recurrenceRule"));
  }
}
