package care.whatmatters.person;

import care.whatmatters.shared.PersonId;

/** A person record was voided (for example as a duplicate): nothing about it should count any more. */
public record PersonVoided(PersonId person) {
}
