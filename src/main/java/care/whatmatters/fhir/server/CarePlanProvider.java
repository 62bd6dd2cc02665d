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
import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.careplan.PlanDraft;
import care.whatmatters.careplan.PlanExchange;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.fhir.mapping.CarePlanMapping;
import care.whatmatters.fhir.mapping.References;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * CarePlan: the person's personalised care and support plan, through {@link PlanExchange}. A CarePlan sent
 * in becomes (or changes) the person's plan as a draft; a person with a plan in use gets 409 on create.
 */
@Component
class CarePlanProvider implements IResourceProvider, ResourceWrites, PatientCompartment {

    /** The key under which {@code $everything} shares the current plan between CarePlan and Goal. */
    static final String CURRENT_PLAN = "current plan";

    private final PlanExchange plans;
    private final RecordAccess access;

    CarePlanProvider(PlanExchange plans, RecordAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Override
    public String resourceType() {
        return "CarePlan";
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        UUID planId = References.logicalId(id.getIdPart());
        PersonId person = plans.ownerOfPlan(planId).orElseThrow(CarePlanProvider::notFound);
        AccessGrant grant = access.read(Signed.actor(), person, "plan");
        return plans.plan(grant, planId).map(CarePlanMapping::toFhir).orElseThrow(CarePlanProvider::notFound);
    }

    @Search
    public List<CarePlan> search(@OptionalParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenParam id,
            @OptionalParam(name = CarePlan.SP_STATUS) TokenParam status,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
        SearchSubject search = new SearchSubject(subject, patient, id, lastUpdated);
        Actor actor = Signed.actor();
        return search.person(plans::ownerOfPlan)
                .flatMap(person -> plans.current(access.read(actor, person, "plan")))
                .map(CarePlanMapping::toFhir)
                .filter(search::matches)
                .filter(c -> status == null || c.getStatus().toCode().equals(status.getValue()))
                .stream().toList();
    }

    @Create
    public MethodOutcome create(@ResourceParam CarePlan carePlan) {
        PersonId person = References.patient(carePlan.getSubject(), "subject");
        var saved = plans.submit(Signed.actor(), person, CarePlanMapping.fromFhir(carePlan));
        return outcome(CarePlanMapping.toFhir(saved), true);
    }

    /**
     * A new plan and the new goals it names, as one plan written once (one version, one audited change): how a
     * transaction Bundle sends them. Answers the plan's outcome, then each goal's, in the order given. The goals come
     * with their ids, chosen by the caller before anything is written, so references to them resolve first.
     */
    List<MethodOutcome> createWithGoals(CarePlan carePlan, List<PlanDraft.NewGoal> goals) {
        PersonId person = References.patient(carePlan.getSubject(), "subject");
        var saved = plans.submit(Signed.actor(), person, CarePlanMapping.fromFhir(carePlan).withGoals(goals));
        List<MethodOutcome> outcomes = new java.util.ArrayList<>();
        outcomes.add(outcome(CarePlanMapping.toFhir(saved), true));
        goals.forEach(goal -> outcomes.add(GoalProvider.outcome(saved, goal.id(), true)));
        return outcomes;
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam CarePlan carePlan) {
        UUID planId = References.logicalId(id.getIdPart());
        PersonId person = plans.ownerOfPlan(planId).orElseThrow(CarePlanProvider::notFound);
        if (carePlan.hasSubject() && !person.equals(References.patient(carePlan.getSubject(), "subject"))) {
            throw InvalidInputException.of("subject", "cannot change: a plan stays with its person");
        }
        var saved = plans.revise(Signed.actor(), person, planId, Versions.basedOn(id, carePlan),
                CarePlanMapping.fromFhir(carePlan));
        return outcome(CarePlanMapping.toFhir(saved), false);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(CURRENT_PLAN, () -> plans.currentQuery(request.grant()));
    }

    @Override
    public List<? extends IBaseResource> everything(EverythingRequest request) {
        Optional<care.whatmatters.careplan.domain.CarePlan> current = request.answer(CURRENT_PLAN);
        return current.map(CarePlanMapping::toFhir).stream().toList();
    }

    @Override
    public MethodOutcome createResource(IBaseResource resource) {
        return create((CarePlan) resource);
    }

    @Override
    public MethodOutcome updateResource(IdType id, IBaseResource resource) {
        return update(id, (CarePlan) resource);
    }

    private static MethodOutcome outcome(CarePlan answer, boolean created) {
        MethodOutcome outcome = new MethodOutcome(new IdType("CarePlan", answer.getIdElement().getIdPart(),
                answer.getMeta().getVersionId()), created);
        outcome.setResource(answer);
        return outcome;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no CarePlan with that id.");
    }
}
