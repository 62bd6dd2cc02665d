package care.whatmatters.fhir;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.shared.PersonId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One {@code Patient/{id}/$everything}: the single audited access decision it was granted on, and the reads
 * its compartments share. The whole compartment is one read of the record, so it is decided and audited once
 * (as "everything"), not once per resource type; two types mapped from the same data (a plan and its goals,
 * referrals and their tasks) read it once.
 */
public final class EverythingRequest {

    /**
     * The key under which the person themselves ({@code person.domain.Person}) is shared: the Patient that heads
     * the answer reads them, and compartments that need their details (the data opt-out Consent) use that read.
     */
    public static final String PERSON = "person";

    private final AccessGrant grant;
    private final Map<String, Object> shared = new HashMap<>();

    public EverythingRequest(AccessGrant grant) {
        this.grant = grant;
    }

    public AccessGrant grant() {
        return grant;
    }

    public PersonId person() {
        return grant.person();
    }

    /** The result of {@code read}, read once per request whichever compartment asks first. */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> read) {
        Object found = shared.get(key);
        if (found == null) {
            found = read.get();
            shared.put(key, found);
        }
        return (T) found;
    }
}
