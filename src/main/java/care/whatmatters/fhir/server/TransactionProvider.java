package care.whatmatters.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import care.whatmatters.careplan.PlanDraft;
import care.whatmatters.fhir.mapping.GoalMapping;
import care.whatmatters.fhir.mapping.References;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
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
 * whatever their order in the Bundle; the answer keeps the Bundle's order. A new CarePlan and the new Goals it
 * names are written together, as one plan.
 */
@Component
class TransactionProvider {

    private static final List<String> ORDER = List.of("Patient", "CarePlan", "Goal", "Observation");
    private static final Pattern NEW_GOAL = Pattern.compile("goals\\[(\\d+)]\\.(.+)");

    private final FhirContext fhir;
    private final Map<String, ResourceWrites> writers;
    private final TransactionTemplate transaction;
    private final CarePlanProvider carePlans;

    TransactionProvider(FhirContext fhir, List<ResourceWrites> writers, TransactionTemplate transaction,
            CarePlanProvider carePlans) {
        this.fhir = fhir;
        this.carePlans = carePlans;
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
        Map<Integer, List<Integer>> goalsOfPlans = goalsNamedByNewPlans(entries);
        transaction.executeWithoutResult(status -> {
            Map<String, String> resolved = new HashMap<>();
            for (int i : order) {
                if (outcomes[i] != null) {
                    continue; // a Goal already written with the CarePlan that names it
                }
                List<Integer> goals = goalsOfPlans.get(i);
                if (goals == null) {
                    outcomes[i] = write(i, entries.get(i), resolved);
                } else {
                    writePlanWithGoals(i, goals, entries, outcomes, resolved);
                }
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
            throw e.under(at);
        }
        if (entry.hasFullUrl()) {
            resolved.put(entry.getFullUrl(), resource.fhirType() + "/" + ((IdType) outcome.getId()).getIdPart());
        }
        return outcome;
    }

    /**
     * A new CarePlan and the new Goals it names, written as one plan: one version, one audited change, and the
     * plan's actions may name those goals. Written one by one, each goal would be a further version of the plan,
     * so the version answered for the CarePlan entry would be stale before the Bundle's answer was sent.
     */
    private void writePlanWithGoals(int i, List<Integer> goalEntries, List<BundleEntryComponent> entries,
            MethodOutcome[] outcomes, Map<String, String> resolved) {
        Map<Integer, UUID> goalIds = new HashMap<>();
        for (int j : goalEntries) {
            goalIds.put(j, Ids.newId());
            resolved.put(entries.get(j).getFullUrl(), "Goal/" + goalIds.get(j));
        }
        CarePlan plan = (CarePlan) entries.get(i).getResource();
        rewrite(plan, resolved);
        PersonId person = at(i, () -> References.patient(plan.getSubject(), "subject"));
        List<PlanDraft.NewGoal> goals = new ArrayList<>();
        for (int j : goalEntries) {
            Goal goal = (Goal) entries.get(j).getResource();
            rewrite(goal, resolved);
            goals.add(at(j, () -> {
                if (!person.equals(References.patient(goal.getSubject(), "subject"))) {
                    throw InvalidInputException.of("subject", "must be the Patient of the CarePlan that names "
                            + "this Goal (entry[" + i + "])");
                }
                return new PlanDraft.NewGoal(goalIds.get(j), GoalMapping.text(goal));
            }));
        }
        List<MethodOutcome> written;
        try {
            written = carePlans.createWithGoals(plan, goals);
        } catch (InvalidInputException e) {
            throw locate(e, i, goalEntries);
        }
        outcomes[i] = written.get(0);
        for (int k = 0; k < goalEntries.size(); k++) {
            outcomes[goalEntries.get(k)] = written.get(k + 1);
        }
        if (entries.get(i).hasFullUrl()) {
            resolved.put(entries.get(i).getFullUrl(), "CarePlan/" + ((IdType) written.get(0).getId()).getIdPart());
        }
    }

    /** The entry a problem belongs to: {@code goals[k]} is the k-th goal written with the plan of entry i. */
    private static InvalidInputException locate(InvalidInputException e, int plan, List<Integer> goalEntries) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            Matcher goal = NEW_GOAL.matcher(p.field());
            problems.add(goal.matches()
                    ? new FieldProblem("entry[" + goalEntries.get(Integer.parseInt(goal.group(1))) + "]."
                            + goal.group(2), p.message())
                    : new FieldProblem("entry[" + plan + "]." + p.field(), p.message()));
        }
        return new InvalidInputException(problems);
    }

    private static <T> T at(int entry, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (InvalidInputException e) {
            throw e.under("entry[" + entry + "]");
        }
    }

    /**
     * For each CarePlan POSTed here, the Goals POSTed here that it names in {@code goal} (by their fullUrl). A
     * Goal named by two plans goes with the first.
     */
    private static Map<Integer, List<Integer>> goalsNamedByNewPlans(List<BundleEntryComponent> entries) {
        Map<String, Integer> newGoals = new HashMap<>();
        for (int j = 0; j < entries.size(); j++) {
            if (posted(entries.get(j), "Goal") && entries.get(j).hasFullUrl()) {
                newGoals.putIfAbsent(entries.get(j).getFullUrl(), j);
            }
        }
        Map<Integer, List<Integer>> byPlan = new HashMap<>();
        for (int i = 0; i < entries.size() && !newGoals.isEmpty(); i++) {
            if (posted(entries.get(i), "CarePlan")) {
                List<Integer> named = new ArrayList<>();
                for (Reference ref : ((CarePlan) entries.get(i).getResource()).getGoal()) {
                    Integer j = ref.hasReference() ? newGoals.remove(ref.getReference()) : null;
                    if (j != null) {
                        named.add(j);
                    }
                }
                if (!named.isEmpty()) {
                    byPlan.put(i, named);
                }
            }
        }
        return byPlan;
    }

    private static boolean posted(BundleEntryComponent entry, String type) {
        return entry.getRequest().getMethod() == HTTPVerb.POST && entry.getResource() != null
                && entry.getResource().fhirType().equals(type);
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
