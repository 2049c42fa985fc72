package org.mentra.sessions.people;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentra.sessions.people.CrisisResourceProperties.CrisisRegion;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The crisis lines for a person, by where they live ({@code mentra.safety.crisis-resources.<REGION>}): the one
 * place both an urgent concern's answer and the accountability mails take them from. A person has no country
 * on record, only a time zone, so a region names the time zones it covers (an exact zone, or {@code Area/*});
 * an exact zone wins over an area, and a person no region covers gets the {@code default} list.
 */
@Component
@EnableConfigurationProperties(CrisisResourceProperties.class)
public class CrisisResources {

  public static final String DEFAULT_REGION = "default";

  private final Map<String, CrisisRegion> regions;

  CrisisResources(CrisisResourceProperties properties) {
    this.regions = properties.crisisResources();
  }

  /** The lines for this person's region. */
  public List<CrisisResource> forPerson(Person person) {
    return forZone(person.zone());
  }

  public List<CrisisResource> forZone(ZoneId zone) {
    return region(zone).map(regions::get).map(CrisisRegion::resources).orElseGet(this::fallback);
  }

  /** The region whose lines a person in this zone gets; empty: the default list. */
  public Optional<String> region(ZoneId zone) {
    String id = zone.getId();
    Optional<String> exact = find(covered -> covered.equals(id));
    return exact.isPresent() ? exact
        : find(covered -> covered.endsWith("/*") && id.startsWith(covered.substring(0, covered.length() - 1)));
  }

  private Optional<String> find(java.util.function.Predicate<String> covers) {
    return regions.entrySet().stream().filter(e -> !e.getKey().equalsIgnoreCase(DEFAULT_REGION))
        .filter(e -> e.getValue().timeZones().stream().anyMatch(covers)).map(Map.Entry::getKey).findFirst();
  }

  private List<CrisisResource> fallback() {
    return regions.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(DEFAULT_REGION))
        .map(e -> e.getValue().resources()).findFirst().orElse(List.of());
  }
}
