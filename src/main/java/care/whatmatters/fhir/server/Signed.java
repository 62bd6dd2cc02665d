package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import care.whatmatters.access.Actor;
import care.whatmatters.platform.security.CurrentActor;

/** The signed-in actor behind a FHIR request (the security chain for /fhir has checked the password). */
final class Signed {

    private Signed() {
    }

    static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new AuthenticationException(
                "Sign in to use the FHIR API: send your account's username and password with HTTP Basic."));
    }
}
