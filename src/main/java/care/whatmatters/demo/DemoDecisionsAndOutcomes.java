package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.decision.ChoiceOffers;
import care.whatmatters.decision.PlanLink;
import care.whatmatters.decision.SharedDecisions;
import care.whatmatters.decision.domain.ChoiceOffer;
import care.whatmatters.decision.domain.DecisionDraft;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.decision.domain.SharedDecision;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.selfmanagement.SelfMonitoring;
import care.whatmatters.selfmanagement.domain.IncomingReading;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Dylan's story, step 3: the shared decision about his wheelchair (BRAN for each option, what matters most
 * to him, the powered chair he chose, his collaboRATE answers) and the choice of provider; step 6's "before"
 * wellbeing (ONS4 and SWEMWBS baselines); his activation and the sleep readings from his app, against his
 * goal. {@link DemoCastOutcomes} adds outcomes for the rest of the cast.
 */
@Component
class DemoDecisionsAndOutcomes {

    static final String APP = "https://campus-health.example/readings";

    private final Accounts accounts;
    private final CarePlanning planning;
    private final SharedDecisions decisions;
    private final ChoiceOffers choices;
    private final OutcomeRecords outcomes;
    private final SelfManagement selfManagement;
    private final SelfMonitoring monitoring;
    private final DemoCastOutcomes cast;
    private final Clock clock;

    DemoDecisionsAndOutcomes(Accounts accounts, CarePlanning planning, SharedDecisions decisions, ChoiceOffers choices,
            OutcomeRecords outcomes, SelfManagement selfManagement, SelfMonitoring monitoring, DemoCastOutcomes cast,
            Clock clock) {
        this.accounts = accounts;
        this.planning = planning;
        this.decisions = decisions;
        this.choices = choices;
        this.outcomes = outcomes;
        this.selfManagement = selfManagement;
        this.monitoring = monitoring;
        this.cast = cast;
        this.clock = clock;
    }

    void walk(PersonId dylan) {
        Actor ot = actor("ot");
        Actor him = actor("dylan");
        LocalDate today = LocalDate.now(clock);
        wellbeingBefore(ot, him, dylan, today);
        SharedDecision chair = wheelchairDecision(ot, dylan);
        decisions.rateEncounter(him, dylan, chair.id(), List.of(9, 9, 9));
        choiceOfProvider(ot, dylan);
        selfManagement.recordActivation(ot, dylan, new BigDecimal("61.2"), 3, today.minusDays(10));
        sleep(him, dylan, today);
        cast.walk(today);
    }

    private void wellbeingBefore(Actor ot, Actor him, PersonId dylan, LocalDate today) {
        outcomes.record(him, dylan, Measure.ONS4, today.minusDays(14), new Answers.Items(List.of(5, 6, 5, 6)));
        outcomes.record(ot, dylan, Measure.SWEMWBS, today.minusDays(14),
                new Answers.Items(List.of(3, 3, 2, 3, 3, 2, 3)));
    }

    private SharedDecision wheelchairDecision(Actor ot, PersonId dylan) {
        List<DecisionOption> options = List.of(
                option("A standard manual wheelchair", "Light enough to lift into a car; no charging; the NHS "
                        + "wheelchair service can supply it without a top-up.", "I get worn out pushing it across "
                        + "campus and up the hill to the library; it can make my shoulders sore.", false),
                option("A lighter active-user manual chair", "Much easier to push than my current chair; good for "
                        + "wheelchair basketball; keeps my arms strong.", "Still tiring on long distances and hills; "
                        + "needs a top-up beyond the standard budget.", false),
                option("A powered wheelchair", "Gets me to lectures on my own without being exhausted; I can do "
                        + "a full day on campus and still go out in the evening.", "Heavy, needs charging every night "
                        + "and an accessible taxi for long trips; costs more, so it needs pooled funding.", false),
                option("Doing nothing", "Nothing to arrange now; I keep the chair I know.", "I miss lectures or "
                        + "arrive exhausted; I may depend on others to push me, which I do not want.", true));
        DecisionDraft draft = new DecisionDraft("Which wheelchair will get me to lectures and around campus on my own?",
                "Getting to lectures without being exhausted", options,
                "NHS wheelchair service option grid; trying the chairs at the wheelchair centre",
                "Dylan, his mum Carol and Sam Okafor (occupational therapist)");
        UUID decisionAction = sharedDecisionAction(ot, dylan);
        return decisions.record(ot, dylan, draft, 2, "I want to get to lectures on my own and still have the energy "
                + "for the rest of my day. I will keep using my manual chair for sport.",
                decisionAction == null ? PlanLink.NONE : PlanLink.completing(decisionAction));
    }

    private void choiceOfProvider(Actor ot, PersonId dylan) {
        planning.read(ot, dylan).content().actions().stream()
                .filter(a -> a.component() == SupportComponent.PERSONAL_HEALTH_BUDGET).findFirst()
                .ifPresent(a -> choices.record(ot, dylan, new ChoiceOffers.Offer(ChoiceOffer.Subject.PLAN_ACTION,
                        a.id(), true, List.of("NHS wheelchair service (Northfield)", "Mobility Plus, Leeds",
                                "Active Wheels, Sheffield"), "Mobility Plus, Leeds", null, null)));
    }

    /** A week of sleep from his app, which he agreed to share, against his goal of not getting worn out. */
    private void sleep(Actor him, PersonId dylan, LocalDate today) {
        monitoring.consent(him, dylan, APP, "Campus Health app");
        double[] hours = {6.1, 5.8, 7.2, 6.5, 7.5, 8.0, 7.4};
        List<IncomingReading> week = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            LocalDate night = today.minusDays(hours.length - i);
            week.add(new IncomingReading("entry[" + i + "]", ReadingKind.SLEEP, BigDecimal.valueOf(hours[i]), null, "h",
                    night.atTime(7, 30).toInstant(ZoneOffset.UTC), APP, "sleep-" + night));
        }
        monitoring.receive(him, dylan, week);
        CarePlan plan = planning.read(him, dylan);
        plan.content().goals().stream().filter(g -> g.text().contains("worn out")).findFirst().ifPresent(g ->
                monitoring.setTarget(him, dylan, ReadingKind.SLEEP, g.id(), MonitoringTarget.Direction.AT_LEAST,
                        BigDecimal.valueOf(7)));
    }

    private UUID sharedDecisionAction(Actor ot, PersonId dylan) {
        return planning.read(ot, dylan).content().actions().stream()
                .filter(a -> a.component() == SupportComponent.SHARED_DECISION).map(PlanAction::id).findFirst()
                .orElse(null);
    }

    private static DecisionOption option(String title, String benefits, String risks, boolean nothing) {
        return new DecisionOption(Ids.newId(), title, benefits, risks, nothing);
    }

    private Actor actor(String username) {
        return accounts.find(username).orElseThrow().actor();
    }
}
