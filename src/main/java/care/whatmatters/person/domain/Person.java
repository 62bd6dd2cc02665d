package care.whatmatters.person.domain;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;

/**
 * A person the platform holds a record for. Identified by an internal id (the shard key) and by their NHS
 * number. A person record is never deleted: it is voided with a reason (for example a duplicate
 * registration), after which it no longer appears in searches.
 */
public record Person(PersonId id, Demographics demographics, Stamp created, Stamp updated, Voiding voided) {

    public Person withDemographics(Demographics changed, Stamp stamp) {
        return new Person(id, changed, created, stamp, voided);
    }

    public Person voided(Voiding voiding) {
        return new Person(id, demographics, created, updated, voiding);
    }

    public boolean isVoided() {
        return voided != null;
    }
}
