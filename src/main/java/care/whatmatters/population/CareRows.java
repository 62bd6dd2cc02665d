package care.whatmatters.population;

import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.Scoring;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The rest of a person's care: a social prescribing referral taken along its life cycle, a shared decision,
 * ONS4 questionnaires scored by the outcome module's own rules, readings from a step-counting app the person
 * consented to, and (for plans with a budget action) a personal health budget.
 */
final class CareRows {

    static final String STEPS_APP = "https://apps.example.org/steps";
    private static final List<String> PATH = List.of("RECEIVED", "CONTACTED", "ENGAGED", "PLAN_AGREED");

    private final LoadContext context;
    private final Chunk chunk;
    private final ReportRows reports;
    private final BudgetRows budgets;

    CareRows(LoadContext context, Chunk chunk, ReportRows reports) {
        this.context = context;
        this.chunk = chunk;
        this.reports = reports;
        this.budgets = new BudgetRows(context, chunk, reports);
    }

    void write(Someone p, PlanRows.Plan plan) {
        if (plan != null ? plan.actions().containsKey(SupportComponent.SOCIAL_PRESCRIBING) && p.chance(0.4)
                : p.chance(0.05)) {
            referral(p);
        }
        if (plan != null && p.chance(0.25)) {
            decision(p);
        }
        int responses = p.chance(0.3) ? p.random().nextInt(1, 3) : 0;
        for (int i = 0; i < responses; i++) {
            ons4(p, p.between(context.now(), 0.4 + 0.3 * i));
        }
        if (p.chance(0.1)) {
            readings(p);
        }
        if (plan != null && plan.actions().containsKey(SupportComponent.PERSONAL_HEALTH_BUDGET)) {
            budgets.write(p, plan);
        }
    }

    private void referral(Someone p) {
        Instant received = p.between(context.now(), 0.5);
        UUID id = PopulationIds.at(received, p.random());
        int reached = p.random().nextInt(PATH.size());
        boolean taken = reached > 0;
        Instant at = received;
        chunk.table("sp_referral_event").row(PopulationIds.at(at, p.random()), p.id(), id, null, PATH.get(0),
                null, at, p.coordinatorSignature());
        for (int step = 1; step <= reached; step++) {
            at = at.plus(p.random().nextInt(1, 10), ChronoUnit.DAYS);
            chunk.table("sp_referral_event").row(PopulationIds.at(at, p.random()), p.id(), id, PATH.get(step - 1),
                    PATH.get(step), null, at, "Synthetic link worker");
        }
        Instant takenAt = taken ? received.plus(1, ChronoUnit.DAYS) : null;
        chunk.table("sp_referral").row(id, p.id(), "GP", p.coordinatorSignature(),
                "Feeling isolated since moving house", "loneliness,physical activity", PATH.get(reached),
                taken ? p.coordinator() : null, taken ? "Synthetic link worker" : null, takenAt,
                reached >= 3 ? "Try the walking group on Tuesdays" : null, null, received, null, 1L + reached, at,
                taken ? "Synthetic link worker" : p.coordinatorSignature());
        reports.count(care.whatmatters.reporting.domain.Measure.SP_REFERRAL,
                received.atZone(context.zone()).toLocalDate(), context.organisation());
    }

    private void decision(Someone p) {
        Instant at = p.between(context.now(), 0.6);
        UUID option = PopulationIds.at(at, p.random());
        List<DecisionOption> options = List.of(
                new DecisionOption(option, "Physiotherapy twice a week", "Stronger legs", "Some soreness", false),
                new DecisionOption(PopulationIds.at(at, p.random()), "Carry on as now", "No travel",
                        "Walking may get harder", true));
        chunk.table("shared_decision").row(PopulationIds.at(at, p.random()), p.id(), "How to get walking further",
                "Keeping my independence", context.json().writeValueAsString(options),
                "The person and their care coordinator", "DECIDED", option, "It fits around work", at,
                p.coordinatorSignature(), context.organisationName(), 2L, at, p.coordinatorSignature());
        reports.count(care.whatmatters.reporting.domain.Measure.SHARED_DECISION, at.atZone(context.zone()).toLocalDate(),
                context.organisation());
    }

    private void ons4(Someone p, Instant at) {
        Answers.Items answers = new Answers.Items(List.of(p.random().nextInt(3, 11), p.random().nextInt(3, 11),
                p.random().nextInt(3, 11), p.random().nextInt(0, 8)));
        chunk.table("outcome_response").row(PopulationIds.at(at, p.random()), p.id(), Measure.ONS4.name(),
                at.atZone(context.zone()).toLocalDate(), context.json().writeValueAsString(answers),
                context.json().writeValueAsString(Scoring.score(Measure.ONS4, answers)), true, at,
                p.coordinatorSignature());
    }

    private void readings(Someone p) {
        Instant consented = p.between(context.now(), 0.5);
        chunk.table("monitoring_consent").row(PopulationIds.at(consented, p.random()), p.id(), STEPS_APP,
                "Step counter", true, consented, p.coordinatorSignature());
        for (int day = 1; day <= 5; day++) {
            Instant at = consented.plus(day, ChronoUnit.DAYS);
            chunk.table("monitoring_reading").row(PopulationIds.at(at, p.random()), p.id(), "STEPS",
                    p.random().nextInt(1_500, 12_000), null, at, STEPS_APP, "steps-" + day, at);
        }
    }
}
