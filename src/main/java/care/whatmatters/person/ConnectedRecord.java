package care.whatmatters.person;

import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.person.domain.Person;
import java.util.List;

/**
 * A person with what connected systems also exchange about them: their other identifiers and contact details;
 * {@code version} counts the saved changes of the record (1 when registered).
 */
public record ConnectedRecord(Person person, List<OtherIdentifier> identifiers, ContactDetails contact,
        long version) {
}
