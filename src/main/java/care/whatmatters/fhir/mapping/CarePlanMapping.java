package care.whatmatters.fhir.mapping;

import care.whatmatters.careplan.PlanDraft;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.PlanStatus;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * CarePlan ⇄ the personalised care and support plan. The plan's status is the domain's truth: agreeing needs
 * the person, so a CarePlan sent in is written as a draft (its {@code status} is not taken). The review date
 * is {@code period.end}; what matters is the {@code description}; the contingency plan is the note starting
 * {@value #CONTINGENCY}; each live action is an activity (its id is the action's id), its component of
 * personalised care a code in {@value #COMPONENTS}. Goals are Goal resources on the plan ({@code goal}).
 */
public final class CarePlanMapping {

    public static final String CONTINGENCY = "Contingency plan: ";
    public static final String COMPONENTS = "https://whatmatters.care/fhir/CodeSystem/support-component";
    static final String TITLE = "Personalised care and support plan";

    private CarePlanMapping() {
    }

    public static CarePlan toFhir(care.whatmatters.careplan.domain.CarePlan plan) {
        CarePlan c = new CarePlan();
        c.setId(plan.id().toString());
        c.getMeta().setVersionId(Long.toString(plan.version())).setLastUpdated(References.date(plan.updated().at()));
        c.setStatus(status(plan.status())).setIntent(CarePlan.CarePlanIntent.PLAN).setTitle(TITLE);
        c.setSubject(References.to("Patient", plan.person().value()));
        c.setCreated(References.date(plan.created().at()));
        Period period = new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                References.date(plan.created().at()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY, java.util.TimeZone.getTimeZone(References.UK)));
        period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(plan.reviewDate().toString()));
        c.setPeriod(period);
        List<String> matters = plan.allWhatMatters().stream().filter(WhatMattersItem::live)
                .map(WhatMattersItem::text).toList();
        if (!matters.isEmpty()) {
            c.setDescription("What matters to me: " + String.join("; ", matters));
        }
        plan.allGoals().stream().filter(care.whatmatters.careplan.domain.Goal::live)
                .forEach(g -> c.addGoal(References.to("Goal", g.id())));
        plan.allActions().stream().filter(PlanAction::live).forEach(a -> activity(c, a));
        if (plan.contingency() != null) {
            c.addNote(new Annotation().setText(CONTINGENCY + plan.contingency()));
        }
        return c;
    }

    private static void activity(CarePlan c, PlanAction a) {
        CarePlan.CarePlanActivityComponent activity = c.addActivity();
        activity.setId(a.id().toString());
        CarePlanActivityDetailComponent d = activity.getDetail();
        d.setStatus(switch (a.progress()) {
            case NOT_STARTED -> CarePlanActivityStatus.NOTSTARTED;
            case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
            case DONE -> CarePlanActivityStatus.COMPLETED;
            case CANCELLED -> CarePlanActivityStatus.CANCELLED;
        });
        d.setDescription(a.description());
        d.getCode().addCoding(new Coding(COMPONENTS, a.component().name(), a.component().label()));
        if (a.goalId() != null) {
            d.addGoal(References.to("Goal", a.goalId()));
        }
        if (a.owner() != null) {
            d.addPerformer(new Reference().setDisplay(a.owner()));
        }
        if (a.dueDate() != null) {
            d.setScheduled(new Period().setEndElement(new org.hl7.fhir.r4.model.DateTimeType(a.dueDate().toString())));
        }
    }

    static CarePlanStatus status(PlanStatus status) {
        return switch (status) {
            case DRAFT -> CarePlanStatus.DRAFT;
            // Under review or revised, the last agreed version is still the plan everyone works to.
            case AGREED, ACTIVE, UNDER_REVIEW, REVISED -> CarePlanStatus.ACTIVE;
            case CLOSED -> CarePlanStatus.COMPLETED;
        };
    }

    /** The plan as the care plan module takes it. */
    public static PlanDraft fromFhir(CarePlan c) {
        String contingency = c.getNote().stream().map(Annotation::getText)
                .filter(t -> t != null && t.startsWith(CONTINGENCY)).map(t -> t.substring(CONTINGENCY.length()))
                .findFirst().orElse(null);
        List<PlanDraft.Action> actions = new ArrayList<>();
        for (int i = 0; i < c.getActivity().size(); i++) {
            CarePlan.CarePlanActivityComponent activity = c.getActivity().get(i);
            if (activity.hasReference()) {
                throw InvalidInputException.of("activity[" + i + "].reference",
                        "is not supported: describe the action in activity.detail");
            }
            CarePlanActivityDetailComponent d = activity.getDetail();
            UUID goal = d.getGoal().stream().map(g -> References.idOf(g, "Goal")).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            String owner = d.getPerformer().stream().map(Reference::getDisplay).filter(s -> s != null && !s.isBlank())
                    .findFirst().orElse(null);
            java.time.LocalDate due = d.hasScheduledPeriod() && d.getScheduledPeriod().hasEnd()
                    ? References.localDate(d.getScheduledPeriod().getEnd()) : null;
            actions.add(new PlanDraft.Action(uuid(activity.getId()), goal, d.getDescription(), owner, due,
                    component(d)));
        }
        java.time.LocalDate review = c.hasPeriod() && c.getPeriod().hasEnd()
                ? References.localDate(c.getPeriod().getEnd()) : null;
        return new PlanDraft(review, contingency, actions);
    }

    private static SupportComponent component(CarePlanActivityDetailComponent d) {
        return d.getCode().getCoding().stream().filter(x -> COMPONENTS.equals(x.getSystem())).map(Coding::getCode)
                .flatMap(code -> java.util.Arrays.stream(SupportComponent.values()).filter(s -> s.name().equals(code)))
                .findFirst().orElse(SupportComponent.OTHER);
    }

    static ActionProgress progress(CarePlanActivityStatus status) {
        return status == CarePlanActivityStatus.COMPLETED ? ActionProgress.DONE : ActionProgress.NOT_STARTED;
    }

    private static UUID uuid(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
