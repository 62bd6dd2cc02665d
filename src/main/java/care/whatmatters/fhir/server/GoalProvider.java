package care.whatmatters.fhir.server;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.PlanExchange;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.fhir.mapping.GoalMapping;
import care.whatmatters.fhir.mapping.References;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** Goal: a goal on the person's plan in use; a new Goal joins that plan (a draft may hold it unlinked). */
@Component
class GoalProvider implements IResourceProvider, ResourceWrites, PatientCompartment {

    private final PlanExchange plans;
    private final RecordAccess access;

    GoalProvider(PlanExchange plans, RecordAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    @Override
    public String resourceType() {
        return "Goal";
    }

    @Read
    public Goal read(@IdParam IdType id) {
        UUID goalId = References.logicalId(id.getIdPart());
        PersonId person = plans.ownerOfGoal(goalId).orElseThrow(GoalProvider::notFound);
        CarePlan plan = plans.current(access.read(Signed.actor(), person, "plan")).orElseThrow(GoalProvider::notFound);
        return plan.allGoals().stream().filter(g -> g.id().equals(goalId)).findFirst()
                .map(g -> GoalMapping.toFhir(plan, g)).orElseThrow(GoalProvider::notFound);
    }

    @Search
    public List<Goal> search(@OptionalParam(name = Goal.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenParam id,
            @OptionalParam(name = Goal.SP_LIFECYCLE_STATUS) TokenParam status,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
        SearchSubject search = new SearchSubject(subject, patient, id, lastUpdated);
        Actor actor = Signed.actor();
        return search.person(plans::ownerOfGoal).map(person -> goals(actor, person)).orElse(List.of()).stream()
                .filter(search::matches)
                .filter(g -> status == null || g.getLifecycleStatus().toCode().equals(status.getValue()))
                .toList();
    }

    @Create
    public MethodOutcome create(@ResourceParam Goal goal) {
        PersonId person = References.patient(goal.getSubject(), "subject");
        var edit = plans.addGoal(Signed.actor(), person, GoalMapping.text(goal));
        return outcome(edit.plan(), edit.result(), true);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Goal goal) {
        UUID goalId = References.logicalId(id.getIdPart());
        PersonId person = plans.ownerOfGoal(goalId).orElseThrow(GoalProvider::notFound);
        if (goal.hasSubject() && !person.equals(References.patient(goal.getSubject(), "subject"))) {
            throw InvalidInputException.of("subject", "cannot change: a goal stays with its person");
        }
        CarePlan saved = plans.changeGoal(Signed.actor(), person, goalId, GoalMapping.text(goal));
        return outcome(saved, goalId, false);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(CarePlanProvider.CURRENT_PLAN, () -> plans.currentQuery(request.grant()));
    }

    @Override
    public List<? extends IBaseResource> everything(EverythingRequest request) {
        return goals(request.<Optional<CarePlan>>answer(CarePlanProvider.CURRENT_PLAN));
    }

    private List<Goal> goals(Actor actor, PersonId person) {
        return goals(plans.current(access.read(actor, person, "plan")));
    }

    private static List<Goal> goals(Optional<CarePlan> current) {
        return current.map(plan -> plan.allGoals().stream()
                .filter(care.whatmatters.careplan.domain.Goal::live).map(g -> GoalMapping.toFhir(plan, g)).toList())
                .orElse(List.of());
    }

    @Override
    public MethodOutcome createResource(IBaseResource resource) {
        return create((Goal) resource);
    }

    @Override
    public MethodOutcome updateResource(IdType id, IBaseResource resource) {
        return update(id, (Goal) resource);
    }

    static MethodOutcome outcome(CarePlan plan, UUID goalId, boolean created) {
        Goal answer = plan.allGoals().stream().filter(g -> g.id().equals(goalId)).findFirst()
                .map(g -> GoalMapping.toFhir(plan, g)).orElseThrow(GoalProvider::notFound);
        MethodOutcome outcome = new MethodOutcome(new IdType("Goal", goalId.toString()), created);
        outcome.setResource(answer);
        return outcome;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no Goal with that id.");
    }
}
