package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far along his story Dylan is in the demo ({@code whatmatters.demo.journey}):
 * <ul>
 * <li>{@code complete} (the default): every step the platform supports is done, so each capability can be
 * shown on his record: his plan is agreed and active, and the later steps (decision, budget, referral,
 * wellbeing) are added by their modules' journey steps;</li>
 * <li>{@code start}: only his record and About Me, so the story can be walked live from its first step
 * (the end-to-end tests do this).</li>
 * </ul>
 */
@Component
class DylanJourney {

    static final String DYLAN = "9990000018";

    private final PersonRegister register;
    private final Accounts accounts;
    private final CarePlanning planning;
    private final DemoReferrals referrals;
    private final DemoBudgets budgets;
    private final Clock clock;
    private final DemoDecisionsAndOutcomes decisionsAndOutcomes;
    private final boolean complete;

    DylanJourney(PersonRegister register, Accounts accounts, CarePlanning planning, DemoBudgets budgets, Clock clock,
            DemoDecisionsAndOutcomes decisionsAndOutcomes,
            @Value("${whatmatters.demo.journey:complete}") String journey, DemoReferrals referrals) {
        this.register = register;
        this.accounts = accounts;
        this.planning = planning;
        this.referrals = referrals;
        this.budgets = budgets;
        this.clock = clock;
        this.decisionsAndOutcomes = decisionsAndOutcomes;
        this.complete = !"start".equalsIgnoreCase(journey.strip());
    }

    /** Walks Dylan's story as far as the demo should show it; called once, when the cast is seeded. */
    void walk() {
        if (!complete) {
            return;
        }
        Actor ot = accounts.find("ot").orElseThrow().actor();
        PersonId dylan = register.idForEmergency(new NhsNumber(DYLAN)).orElseThrow();
        agreePlan(ot, dylan);
        decisionsAndOutcomes.walk(dylan);
        budgets.dylansWheelchairBudget(ot, dylan);
        referrals.connectDylanToWheelchairSport(dylan);
    }

    /** Step 2: the plan, in his words, agreed with him. */
    private void agreePlan(Actor ot, PersonId dylan) {
        LocalDate today = LocalDate.now(clock);
        CarePlan plan = planning.start(ot, dylan, today.plusMonths(3),
                "If my wheelchair breaks down on campus, call the wheelchair service repair line, then my mum "
                        + "Carol. If I am unwell, call Riverside Medical Practice.");
        long v = plan.version();
        var lectures = planning.addWhatMatters(ot, dylan, v, "Getting to lectures on my own");
        v = lectures.plan().version();
        var campus = planning.addGoal(ot, dylan, v, lectures.result(),
                "To get to lectures and around campus on my own, without getting worn out");
        v = campus.plan().version();
        v = action(ot, dylan, v, campus.result(), "Compare wheelchair options with me (benefits, risks, "
                + "alternatives, doing nothing)", "Sam Okafor, occupational therapist", today.plusWeeks(2),
                SupportComponent.SHARED_DECISION);
        v = action(ot, dylan, v, campus.result(), "Set up a personal wheelchair budget for the chair I choose",
                "Sam Okafor, occupational therapist", today.plusWeeks(6), SupportComponent.PERSONAL_HEALTH_BUDGET);
        var sport = planning.addWhatMatters(ot, dylan, v, "Playing sport again");
        v = sport.plan().version();
        var club = planning.addGoal(ot, dylan, v, sport.result(), "To play wheelchair basketball with a club");
        v = club.plan().version();
        v = action(ot, dylan, v, club.result(), "Find a wheelchair sports club near the university",
                "Jordan Ellis, link worker", today.plusWeeks(8), SupportComponent.SOCIAL_PRESCRIBING);
        v = planning.agree(ot, dylan, v, true, "Dylan, his mum Carol and Sam Okafor").plan().version();
        planning.activate(ot, dylan, v);
    }

    private long action(Actor ot, PersonId dylan, long version, UUID goal, String description, String owner,
            LocalDate due, SupportComponent component) {
        return planning.addAction(ot, dylan, version, new ActionDetails(goal, description, owner, due, component))
                .plan().version();
    }
}
