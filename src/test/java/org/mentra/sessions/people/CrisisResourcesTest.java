package org.mentra.sessions.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.CrisisResourceProperties.CrisisRegion;

/** Which crisis lines a person gets: the region holding their time zone (an exact zone before an area), else default. */
class CrisisResourcesTest {

  private static final CrisisResource SAMARITANS = new CrisisResource("Samaritans", "Call 116 123.", null);
  private static final CrisisResource LIFELINE = new CrisisResource("988 Lifeline", "Call or text 988.", null);
  private static final CrisisResource LIFELINE_AU = new CrisisResource("Lifeline Australia", "Call 13 11 14.", null);
  private static final CrisisResource PERTH = new CrisisResource("Perth line", "A line for Perth.", null);
  private static final CrisisResource ANYWHERE = new CrisisResource("Find a helpline", "By country.", "https://findahelpline.com");

  private final CrisisResources resources = new CrisisResources(properties(regions()));

  @Test
  void aPersonGetsTheLinesOfTheRegionThatListsTheirTimeZone() {
    assertThat(resources.forZone(ZoneId.of("Europe/London"))).containsExactly(SAMARITANS);
    assertThat(resources.forZone(ZoneId.of("America/Chicago"))).containsExactly(LIFELINE);
    assertThat(resources.region(ZoneId.of("Europe/Dublin"))).contains("GB");
  }

  @Test
  void anAreaCoversItsZonesAndAnExactZoneWinsOverIt() {
    assertThat(resources.forZone(ZoneId.of("Australia/Sydney"))).containsExactly(LIFELINE_AU);
    assertThat(resources.forZone(ZoneId.of("Australia/Perth"))).as("listed by name in its own region")
        .containsExactly(PERTH);
    assertThat(resources.forZone(ZoneId.of("America/Argentina/Buenos_Aires"))).as("America/Chicago is no area")
        .containsExactly(ANYWHERE);
  }

  @Test
  void everyoneElseGetsTheDefaultListAndWithoutOneNothing() {
    assertThat(resources.forZone(ZoneId.of("Asia/Tokyo"))).containsExactly(ANYWHERE);
    assertThat(resources.region(ZoneId.of("UTC"))).isEmpty();
    Map<String, CrisisRegion> noDefault = regions();
    noDefault.remove("default");
    assertThat(new CrisisResources(properties(noDefault)).forZone(ZoneId.of("Asia/Tokyo"))).isEmpty();
  }

  @Test
  void aRegionNeedsRealTimeZonesAndLinesWithANameAndAText() {
    assertThatThrownBy(() -> properties(Map.of("GB", new CrisisRegion(List.of("Europe/Londn"), List.of(SAMARITANS)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("crisis-resources.GB.time-zones")
        .hasMessageContaining("Europe/Londn");
    assertThatThrownBy(() -> properties(Map.of("GB", new CrisisRegion(List.of(), List.of(SAMARITANS)))))
        .hasMessageContaining("crisis-resources.GB.time-zones");
    assertThatThrownBy(() -> properties(Map.of("default", new CrisisRegion(null, List.of()))))
        .hasMessageContaining("at least one line");
    assertThatThrownBy(() -> properties(Map.of("default", new CrisisRegion(null,
        List.of(new CrisisResource("Nameless", " ", null)))))).hasMessageContaining("a name and a text");
  }

  private static Map<String, CrisisRegion> regions() {
    Map<String, CrisisRegion> regions = new LinkedHashMap<>();
    regions.put("GB", new CrisisRegion(List.of("Europe/London", "Europe/Dublin"), List.of(SAMARITANS)));
    regions.put("US", new CrisisRegion(List.of("America/New_York", "America/Chicago"), List.of(LIFELINE)));
    regions.put("AU", new CrisisRegion(List.of("Australia/*"), List.of(LIFELINE_AU)));
    regions.put("PERTH", new CrisisRegion(List.of("Australia/Perth"), List.of(PERTH)));
    regions.put("default", new CrisisRegion(null, List.of(ANYWHERE)));
    return regions;
  }

  private static CrisisResourceProperties properties(Map<String, CrisisRegion> regions) {
    return new CrisisResourceProperties(regions);
  }
}
