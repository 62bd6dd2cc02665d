package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import care.whatmatters.access.Actor;
import care.whatmatters.platform.security.CurrentActor;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * Search results as keys (ids, no personal data), read page by page: only the page asked for is read, and
 * audited. HAPI keeps the list for the {@code next} link; a later page is read only for the same account that
 * searched, so a page link passed to someone else opens nothing.
 */
final class LazyResults<K> implements IBundleProvider {

    private final Actor actor;
    private final List<K> keys;
    private final Function<List<K>, List<? extends IBaseResource>> read;
    private final InstantType published = new InstantType(new Date());

    LazyResults(Actor actor, List<K> keys, Function<List<K>, List<? extends IBaseResource>> read) {
        this.actor = actor;
        this.keys = List.copyOf(keys);
        this.read = read;
    }

    @Override
    public List<IBaseResource> getResources(int from, int to) {
        Actor now = CurrentActor.get().orElse(null);
        if (now == null || !Objects.equals(now.username(), actor.username())) {
            throw new ForbiddenOperationException("These search results belong to another account.");
        }
        int end = Math.min(to, keys.size());
        if (from >= end) {
            return List.of();
        }
        return List.copyOf(read.apply(keys.subList(from, end)));
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public String getUuid() {
        return null;
    }

    @Override
    public Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return keys.size();
    }
}
