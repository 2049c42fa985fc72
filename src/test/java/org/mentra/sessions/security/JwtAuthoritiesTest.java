package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A platform JWT's groups become the same authorities as the engine's groups do. */
class JwtAuthoritiesTest {

  @Test
  void aCoordinatorsGroupInTheTokenMakesACoordinator() {
    var authentication = SecurityConfig.jwtAuthentication("groups").convert(jwt(List.of("coordinators", "staff")));

    assertThat(authentication.getName()).isEqualTo("casey");
    assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("GROUP_coordinators", Caller.COORDINATOR, "GROUP_staff");
  }

  @Test
  void thePlatformsServiceAccountIsStaffAndAPlainUserIsNot() {
    assertThat(SecurityConfig.jwtAuthentication("groups").convert(jwt(List.of("platform"))).getAuthorities())
        .extracting(GrantedAuthority::getAuthority).contains(Caller.PLATFORM);
    assertThat(SecurityConfig.jwtAuthentication("groups").convert(jwt(List.of())).getAuthorities()).isEmpty();
  }

  private static Jwt jwt(List<String> groups) {
    return Jwt.withTokenValue("token").header("alg", "RS256").subject("casey").claim("groups", groups)
        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
  }
}
