package care.whatmatters.person;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.shared.PersonId;
import java.time.Instant;

/** A person was registered. Published inside the registering transaction. */
public record PersonRegistered(PersonId person, Demographics demographics, boolean synthetic, Instant at) {
}
