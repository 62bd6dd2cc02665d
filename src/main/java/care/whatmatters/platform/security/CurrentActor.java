package care.whatmatters.platform.security;

import care.whatmatters.access.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor behind the current request, from the security context. Exposed to other modules (the FHIR
 * server's resource providers, which HAPI calls without Spring MVC's argument resolvers) and nothing else of
 * the platform's security is.
 */
@org.springframework.modulith.NamedInterface("current-actor")
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
