package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Resource;

/**
 * The common search parameters, applied to one person's mapped resources (a person has tens of each, so
 * filtering after mapping costs nothing and keeps every parameter meaning exactly what the resource says).
 *
 * @param ids         {@code _id}: every AND group must match, any value within a group
 * @param lastUpdated {@code _lastUpdated}, against {@code meta.lastUpdated}
 * @param status      {@code status}, against the resource's status code (its system, when given, must match)
 */
record SearchFilter(TokenAndListParam ids, DateRangeParam lastUpdated, TokenParam status) {

    static final SearchFilter NONE = new SearchFilter(null, null, null);

    <T extends Resource> List<T> apply(List<T> resources, Function<T, String> statusOf, String statusSystem) {
        return resources.stream().filter(idMatches()).filter(updatedWithin(lastUpdated))
                .filter(r -> statusMatches(statusOf == null ? null : statusOf.apply(r), statusSystem)).toList();
    }

    <T extends Resource> List<T> apply(List<T> resources) {
        return apply(resources, null, null);
    }

    private <T extends Resource> Predicate<T> idMatches() {
        return r -> ids == null || ids.getValuesAsQueryTokens().stream()
                .allMatch(group -> anyValue(group, r.getIdElement().getIdPart()));
    }

    private static boolean anyValue(TokenOrListParam group, String id) {
        return group.getValuesAsQueryTokens().stream().anyMatch(t -> id != null && id.equals(t.getValue()));
    }

    static <T extends Resource> Predicate<T> updatedWithin(DateRangeParam range) {
        return r -> within(range, r.getMeta().getLastUpdated());
    }

    /** Whether a moment lies in the range; a resource without the moment never matches a range. */
    static boolean within(DateRangeParam range, Date when) {
        if (range == null || range.isEmpty()) {
            return true;
        }
        if (when == null) {
            return false;
        }
        Date from = range.getLowerBoundAsInstant();
        Date to = range.getUpperBoundAsInstant();
        return (from == null || !when.before(from)) && (to == null || !when.after(to));
    }

    private boolean statusMatches(String code, String system) {
        if (status == null || status.isEmpty()) {
            return true;
        }
        if (status.getSystem() != null && !status.getSystem().equals(system)) {
            return false;
        }
        boolean same = status.getValue() != null && status.getValue().equals(code);
        return status.getModifier() == ca.uhn.fhir.rest.param.TokenParamModifier.NOT ? !same : same;
    }

    /** The ids asked for, when the search names them: a search by id alone needs no subject. */
    List<String> idValues() {
        if (ids == null) {
            return List.of();
        }
        return ids.getValuesAsQueryTokens().stream().flatMap(g -> g.getValuesAsQueryTokens().stream())
                .map(TokenParam::getValue).distinct().toList();
    }
}
