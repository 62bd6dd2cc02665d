package care.whatmatters.person;

import care.whatmatters.shared.PersonId;

/** A digital inclusion assessment was recorded. */
public record DigitalInclusionRecorded(PersonId person, boolean digitallyExcluded) {
}
