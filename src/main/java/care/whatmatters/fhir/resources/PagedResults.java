package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.util.List;
import java.util.function.BiFunction;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * Search results read a page at a time from the owning module (the directory can be large), so the server's
 * paging ({@code _count} and the next/previous links) fetches only the page asked for.
 */
final class PagedResults implements IBundleProvider {

    /** Reads the resources of one page: page number from 1, and its size. */
    private final BiFunction<Integer, Integer, List<? extends IBaseResource>> page;
    private final int total;
    private final InstantType published = InstantType.now();

    PagedResults(long total, BiFunction<Integer, Integer, List<? extends IBaseResource>> page) {
        this.total = (int) Math.min(total, Integer.MAX_VALUE);
        this.page = page;
    }

    @Override
    public IPrimitiveType<java.util.Date> getPublished() {
        return published;
    }

    @Override
    public List<IBaseResource> getResources(int from, int to) {
        int end = Math.min(to, total);
        if (from >= end) {
            return List.of();
        }
        int size = end - from;
        if (from % size == 0) {
            return List.copyOf(page.apply(from / size + 1, size));
        }
        List<? extends IBaseResource> upTo = page.apply(1, end);
        return List.copyOf(upTo.subList(Math.min(from, upTo.size()), upTo.size()));
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
        return total;
    }
}
