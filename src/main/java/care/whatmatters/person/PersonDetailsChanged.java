package care.whatmatters.person;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.shared.PersonId;

/** A person's demographics were corrected. */
public record PersonDetailsChanged(PersonId person, Demographics demographics) {
}
