package org.mentra.sessions.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for the rules that depend on it ("coordinators, or the mentor"). Also the
 * {@code @caller} of {@code @PreAuthorize} expressions.
 */
@Component("caller")
public class Caller {

  public static final String COORDINATOR = "ROLE_COORDINATOR";
  public static final String PLATFORM = "ROLE_PLATFORM";
  /** Moderators of reports: not staff, but they see the safety coordination page. */
  public static final String MODERATOR = "ROLE_MODERATOR";

  /** Coordinators and the platform's own service account may call everything. */
  public boolean isStaff() {
    return has(COORDINATOR) || has(PLATFORM);
  }

  public boolean isCoordinator() {
    return has(COORDINATOR);
  }

  /** The caller's user id (login name, or the JWT subject). */
  public Optional<String> userId() {
    return authentication().map(Authentication::getName);
  }

  /** Whether the caller is the person with this platform user id (a person without one is nobody's login). */
  public boolean isUser(Optional<String> platformUserId) {
    return platformUserId.isPresent() && platformUserId.equals(userId());
  }

  private boolean has(String authority) {
    return authentication().stream()
        .flatMap(a -> a.getAuthorities().stream())
        .map(GrantedAuthority::getAuthority)
        .anyMatch(authority::equals);
  }

  private static Optional<Authentication> authentication() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(auth);
  }
}
