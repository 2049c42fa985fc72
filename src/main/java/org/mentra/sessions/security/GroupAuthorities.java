package org.mentra.sessions.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Engine groups and JWT group claims mapped to the same authorities. */
public final class GroupAuthorities {

  /** The engine group (and JWT group) of the coordinators. */
  public static final String COORDINATORS_GROUP = "coordinators";
  public static final String PLATFORM_GROUP = "platform";
  /** The engine group (and JWT group) of the moderators of reports. */
  public static final String MODERATORS_GROUP = "moderators";

  private GroupAuthorities() {}

  public static List<GrantedAuthority> of(Collection<String> groups) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String group : groups) {
      authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
      if (COORDINATORS_GROUP.equals(group)) {
        authorities.add(new SimpleGrantedAuthority(Caller.COORDINATOR));
      } else if (PLATFORM_GROUP.equals(group)) {
        authorities.add(new SimpleGrantedAuthority(Caller.PLATFORM));
      } else if (MODERATORS_GROUP.equals(group)) {
        authorities.add(new SimpleGrantedAuthority(Caller.MODERATOR));
      }
    }
    return authorities;
  }
}
