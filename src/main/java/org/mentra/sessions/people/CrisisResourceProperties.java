package org.mentra.sessions.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The crisis lines per region ({@code mentra.safety.crisis-resources.<REGION>}, {@code default} for everyone
 * else). A kernel concern rather than the safety module's: urgent concerns (safety) and the accountability
 * mails both hand them out, and those two features may not depend on each other both ways.
 */
@ConfigurationProperties("mentra.safety")
public record CrisisResourceProperties(Map<String, CrisisRegion> crisisResources) {

  public CrisisResourceProperties {
    crisisResources = crisisResources == null ? Map.of() : Collections.unmodifiableMap(
        new LinkedHashMap<>(crisisResources));
    crisisResources.forEach((region, lines) -> lines.check(region));
  }

  /**
   * One region's crisis lines ({@code mentra.safety.crisis-resources.<REGION>}, e.g. {@code GB}).
   *
   * @param timeZones the time zones of the people it is for: IANA ids ({@code Europe/London}) or a whole area
   *     ({@code Australia/*}); none for {@code default}
   * @param resources its lines, in the order shown
   */
  public record CrisisRegion(List<String> timeZones, List<CrisisResource> resources) {

    public CrisisRegion {
      timeZones = timeZones == null ? List.of() : List.copyOf(timeZones);
      resources = resources == null ? List.of() : List.copyOf(resources);
    }

    void check(String region) {
      String prefix = "mentra.safety.crisis-resources." + region;
      if (resources.isEmpty()) {
        throw new IllegalArgumentException(prefix + ".resources needs at least one line (name, text, url)");
      }
      for (CrisisResource resource : resources) {
        if (resource.name() == null || resource.name().isBlank() || resource.text() == null
            || resource.text().isBlank()) {
          throw new IllegalArgumentException(prefix + ".resources: every line needs a name and a text");
        }
      }
      if (timeZones.isEmpty() && !CrisisResources.DEFAULT_REGION.equalsIgnoreCase(region)) {
        throw new IllegalArgumentException(prefix + ".time-zones: name the time zones it is for, e.g. Europe/London");
      }
      for (String zone : timeZones) {
        if (!zone.endsWith("/*")) {
          try {
            ZoneId.of(zone);
          } catch (DateTimeException e) {
            throw new IllegalArgumentException(prefix + ".time-zones: " + zone + " is no IANA time zone (such as "
                + "Europe/London) nor an area (such as Australia/*)");
          }
        }
      }
    }
  }
}
