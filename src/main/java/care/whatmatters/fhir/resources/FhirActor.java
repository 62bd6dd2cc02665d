package care.whatmatters.fhir.resources;

import care.whatmatters.access.Actor;
import care.whatmatters.platform.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in actor behind a FHIR request: every resource read is on someone's behalf. */
final class FhirActor {

    private FhirActor() {
    }

    static Actor current() {
        return CurrentActor.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
