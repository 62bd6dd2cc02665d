package care.whatmatters.access;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.util.UUID;

/** A login. The password hash never leaves the access module's persistence and the login check. */
public record Account(UUID id, String username, String displayName, Role role, String title,
        PractitionerId practitioner, PersonId person, boolean enabled) {

    public Actor actor() {
        return new Actor(id, username, displayName, role, title, practitioner, person);
    }
}
