package care.whatmatters.population;

import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.PlanContent;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An active personalised care and support plan: two things that matter, three goals, an action for each
 * (one per component the person will use), agreed once or twice (each agreement frozen as a snapshot in
 * the care plan module's own JSON shape), with a comment from the person.
 */
final class PlanRows {

    /** What later parts of the history link to: the plan's actions by component. */
    record Plan(UUID id, Instant agreed, Map<SupportComponent, UUID> actions) {
    }

    private static final List<String> GOALS = List.of("Walk to the shops and back without stopping",
            "Join a group that meets every week", "Cook a hot meal three times a week", "Sleep six hours a night",
            "Take my medicines without help", "Get the bus into town on my own");
    private static final SupportComponent[] COMPONENTS = {SupportComponent.SOCIAL_PRESCRIBING,
        SupportComponent.SHARED_DECISION, SupportComponent.SELF_MANAGEMENT};

    private final LoadContext context;
    private final Chunk chunk;
    private final ReportRows reports;

    PlanRows(LoadContext context, Chunk chunk, ReportRows reports) {
        this.context = context;
        this.chunk = chunk;
        this.reports = reports;
    }

    Plan write(Someone p, String matters) {
        Instant created = p.between(context.now(), 0.2);
        Instant agreed = p.between(context.now(), 0.3);
        Stamp stamp = new Stamp(p.coordinatorSignature(), created);
        UUID plan = PopulationIds.at(created, p.random());
        List<WhatMattersItem> items = List.of(
                new WhatMattersItem(PopulationIds.at(created, p.random()), 1, matters, stamp, stamp, null),
                new WhatMattersItem(PopulationIds.at(created, p.random()), 2, "Feeling in control", stamp, stamp, null));
        List<Goal> goals = new ArrayList<>();
        List<PlanAction> actions = new ArrayList<>();
        Map<SupportComponent, UUID> byComponent = new EnumMap<>(SupportComponent.class);
        boolean budget = p.chance(0.04);
        for (int i = 0; i < 3; i++) {
            Goal goal = new Goal(PopulationIds.at(created, p.random()), items.get(i == 0 ? 0 : 1).id(), i + 1,
                    p.pick(GOALS), stamp, stamp, null);
            goals.add(goal);
            SupportComponent component = budget && i == 2 ? SupportComponent.PERSONAL_HEALTH_BUDGET : COMPONENTS[i];
            PlanAction action = new PlanAction(PopulationIds.at(created, p.random()), goal.id(), i + 1,
                    "Support towards: " + goal.text(), p.coordinatorSignature(),
                    context.today().plusDays(p.random().nextInt(14, 180)), component,
                    i == 0 ? ActionProgress.IN_PROGRESS : ActionProgress.NOT_STARTED, stamp, stamp, null);
            actions.add(action);
            byComponent.put(component, action.id());
        }
        LocalDate review = context.today().plusDays(p.random().nextInt(30, 365));
        String contingency = "If things get worse, call the practice and ask for the care coordinator.";
        PlanContent content = new PlanContent(items, goals, actions, contingency, review);
        int agreements = p.chance(0.3) ? 2 : 1;
        chunk.table("care_plan").row(plan, p.id(), "ACTIVE", 10L + agreements, agreements, review, contingency,
                created, stamp.by(), agreed, stamp.by());
        items.forEach(w -> chunk.table("plan_what_matters").row(w.id(), plan, p.id(), w.position(), w.text(),
                created, stamp.by(), created, stamp.by()));
        goals.forEach(g -> chunk.table("plan_goal").row(g.id(), plan, p.id(), g.whatMattersId(), g.position(),
                g.text(), created, stamp.by(), created, stamp.by()));
        actions.forEach(a -> chunk.table("plan_action").row(a.id(), plan, p.id(), a.goalId(), a.position(),
                a.description(), a.owner(), a.dueDate(), a.component().name(), a.progress().name(), created,
                stamp.by(), created, stamp.by()));
        String snapshot = context.json().writeValueAsString(content);
        for (int n = 1; n <= agreements; n++) {
            chunk.table("care_plan_version").row(plan, p.id(), n, agreed, stamp.by(), PersonHistory.PRACTITIONER_ROLE,
                    true, "The person and their care coordinator", snapshot);
        }
        chunk.table("plan_comment").row(PopulationIds.at(agreed, p.random()), plan, p.id(),
                "Happy with this plan for now.", p.demographics().givenName() + " " + p.demographics().familyName(),
                "PERSON", true, agreed);
        reports.count(Measure.PCSP_AGREED, agreed.atZone(context.zone()).toLocalDate(), context.organisation());
        return new Plan(plan, agreed, byComponent);
    }
}
