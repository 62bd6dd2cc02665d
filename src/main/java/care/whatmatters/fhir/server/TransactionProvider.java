package care.whatmatters.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transaction Bundles, all or nothing in one database transaction: entries are written through the same
 * providers (so through the modules' checks and the access door), {@code urn:uuid:} fullUrls are replaced by
 * the ids given to the entries they name, and one bad entry rolls everything back (its problem is named
 * {@code entry[i]…}). Entries are written in dependency order (Patient, then CarePlan, Goal, Observation),
 * whatever their order in the Bundle; the answer keeps the Bundle's order.
 */
@Component
class TransactionProvider {

    private static final List<String> ORDER = List.of("Patient", "CarePlan", "Goal", "Observation");

    private final FhirContext fhir;
    private final Map<String, ResourceWrites> writers;
    private final TransactionTemplate transaction;

    TransactionProvider(FhirContext fhir, List<ResourceWrites> writers, TransactionTemplate transaction) {
        this.fhir = fhir;
        this.writers = writers.stream().collect(Collectors.toMap(ResourceWrites::resourceType, Function.identity()));
        this.transaction = transaction;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new InvalidRequestException("Only Bundles of type transaction can be posted to the base.");
        }
        List<BundleEntryComponent> entries = bundle.getEntry();
        MethodOutcome[] outcomes = new MethodOutcome[entries.size()];
        List<Integer> order = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparingInt(i -> rank(entries.get(i)))).toList();
        transaction.executeWithoutResult(status -> {
            Map<String, String> resolved = new HashMap<>();
            for (int i : order) {
                outcomes[i] = write(i, entries.get(i), resolved);
            }
        });
        Bundle answer = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (int i = 0; i < entries.size(); i++) {
            MethodOutcome outcome = outcomes[i];
            IdType id = (IdType) outcome.getId();
            var response = answer.addEntry().getResponse()
                    .setStatus(Boolean.TRUE.equals(outcome.getCreated()) ? "201 Created" : "200 OK")
                    .setLocation(id.getValue());
            if (id.hasVersionIdPart()) {
                response.setEtag("W/\"" + id.getVersionIdPart() + "\"");
            }
            if (outcome.getResource() != null) {
                response.setLastModified(outcome.getResource().getMeta().getLastUpdated());
            }
        }
        return answer;
    }

    private MethodOutcome write(int i, BundleEntryComponent entry, Map<String, String> resolved) {
        String at = "entry[" + i + "]";
        Resource resource = entry.getResource();
        if (resource == null) {
            throw InvalidInputException.of(at + ".resource", "is required");
        }
        HTTPVerb method = entry.getRequest().getMethod();
        if (method != HTTPVerb.POST && method != HTTPVerb.PUT) {
            throw InvalidInputException.of(at + ".request.method", "must be POST or PUT: only writes are processed "
                    + "in a transaction here");
        }
        ResourceWrites writes = writers.get(resource.fhirType());
        if (writes == null) {
            throw InvalidInputException.of(at + ".resource", resource.fhirType() + " cannot be written here");
        }
        rewrite(resource, resolved);
        MethodOutcome outcome;
        try {
            outcome = method == HTTPVerb.POST ? writes.createResource(resource)
                    : writes.updateResource(new IdType(entry.getRequest().getUrl()), resource);
        } catch (InvalidInputException e) {
            List<FieldProblem> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(new FieldProblem(at + "." + p.field(), p.message())));
            throw new InvalidInputException(problems);
        }
        if (entry.hasFullUrl()) {
            resolved.put(entry.getFullUrl(), resource.fhirType() + "/" + ((IdType) outcome.getId()).getIdPart());
        }
        return outcome;
    }

    /** Points references to earlier entries at what those entries became. */
    private void rewrite(IBaseResource resource, Map<String, String> resolved) {
        if (resolved.isEmpty()) {
            return;
        }
        for (Reference ref : fhir.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            String target = ref.hasReference() ? resolved.get(ref.getReference()) : null;
            if (target != null) {
                ref.setReference(target);
            }
        }
    }

    private static int rank(BundleEntryComponent entry) {
        int type = entry.getResource() == null ? ORDER.size() : ORDER.indexOf(entry.getResource().fhirType());
        return type < 0 ? ORDER.size() : type;
    }
}
