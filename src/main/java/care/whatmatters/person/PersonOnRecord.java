package care.whatmatters.person;

import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Representative;
import java.util.List;
import java.util.Optional;

/**
 * The person's own part of their whole record, read together: who they are, their About Me, the people acting
 * for them and how they get on with digital services.
 */
public record PersonOnRecord(Person person, Optional<AboutMeVersion> aboutMe, List<Representative> representatives,
        Optional<DigitalInclusion> digitalInclusion) {
}
