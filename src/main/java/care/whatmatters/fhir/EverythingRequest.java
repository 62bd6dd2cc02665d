package care.whatmatters.fhir;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.person.ConnectedPeople;
import care.whatmatters.person.ConnectedRecord;
import care.whatmatters.query.Answers;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code Patient/{id}/$everything}: the single audited access decision it was granted on, and the reads
 * its compartments share. The whole compartment is one read of the record, so it is decided and audited once
 * (as "everything"), not once per resource type.
 * <p>
 * It is read in two steps. First every compartment {@linkplain #ask asks} for the modules' queries it needs,
 * under a key; two types mapped from the same data (a plan and its goals, referrals and their tasks) ask under
 * the same key and are answered once. Then the operation {@linkplain #read sends} every query in one round trip,
 * and each compartment maps its {@linkplain #answer answers}. So the whole compartment costs one round trip to
 * the database after the access decision, however many modules it spans.
 */
public final class EverythingRequest {

    /** The key under which the person themselves ({@link ConnectedRecord}) is asked: the Patient that heads the answer. */
    private static final String PATIENT = "patient";

    private final AccessGrant grant;
    private final Map<String, Query<?>> asked = new LinkedHashMap<>();
    private Answers answers;

    /**
     * @param grant   the one decision the whole compartment is read under
     * @param patient the read of the person themselves ({@link ConnectedPeople#readQuery}), always asked: the
     *                Patient heads the answer, and other types (the data opt-out Consent) are mapped from it
     */
    public EverythingRequest(AccessGrant grant, Query<Optional<ConnectedRecord>> patient) {
        this.grant = grant;
        asked.put(PATIENT, patient);
    }

    public AccessGrant grant() {
        return grant;
    }

    public PersonId person() {
        return grant.person();
    }

    /** Asks for {@code query}'s answer under {@code key}; the first to ask a key makes its query. Before {@link #read}. */
    public void ask(String key, Supplier<? extends Query<?>> query) {
        if (answers != null) {
            throw new IllegalStateException("everything has already been read; ask before it is");
        }
        asked.computeIfAbsent(key, k -> query.get());
    }

    /** Sends every query asked for, in one round trip. */
    public void read(Queries queries) {
        answers = queries.together(new ArrayList<>(asked.values()));
    }

    /** The answer to what was asked under {@code key}. After {@link #read}. */
    @SuppressWarnings("unchecked")
    public <T> T answer(String key) {
        Query<?> query = asked.get(key);
        if (answers == null || query == null) {
            throw new IllegalStateException("nothing was read under \"" + key + "\"");
        }
        return (T) answers.of(query);
    }

    /** The person the request is about, as the Patient read found them (not found if there is no such person). */
    public ConnectedRecord patient() {
        Optional<ConnectedRecord> found = answer(PATIENT);
        return ConnectedPeople.found(found);
    }
}
