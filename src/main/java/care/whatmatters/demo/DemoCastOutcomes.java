package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.outcome.GoalAttainment;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.CopmProblem;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.selfmanagement.SelfManagement;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Outcomes for the rest of the cast, so every measure has something to show: Margaret's wellbeing before and
 * after (and her activation, which shows support without apps, as she has no device), Ruth's COPM with a
 * clinically important change, and George's goals scaled and scored at his review.
 */
@Component
class DemoCastOutcomes {

    private final Accounts accounts;
    private final CareTeams careTeams;
    private final PersonRegister register;
    private final OutcomeRecords outcomes;
    private final GoalAttainment attainment;
    private final CarePlanning planning;
    private final SelfManagement selfManagement;

    DemoCastOutcomes(Accounts accounts, CareTeams careTeams, PersonRegister register, OutcomeRecords outcomes,
            GoalAttainment attainment, CarePlanning planning, SelfManagement selfManagement) {
        this.accounts = accounts;
        this.careTeams = careTeams;
        this.register = register;
        this.outcomes = outcomes;
        this.attainment = attainment;
        this.planning = planning;
        this.selfManagement = selfManagement;
    }

    void walk(LocalDate today) {
        Actor gp = accounts.find("gp").orElseThrow().actor();
        Actor ot = accounts.find("ot").orElseThrow().actor();
        PersonId margaret = person(gp, "Margaret");
        outcomes.record(gp, margaret, Measure.ONS4, today.minusDays(90), new Answers.Items(List.of(4, 5, 4, 7)));
        outcomes.record(gp, margaret, Measure.ONS4, today.minusDays(5), new Answers.Items(List.of(7, 7, 6, 3)));
        selfManagement.recordActivation(gp, margaret, new BigDecimal("44.5"), 1, today.minusDays(90));
        PersonId ruth = person(ot, "Ruth");
        List<CopmProblem> before = List.of(new CopmProblem(3, 2), new CopmProblem(4, 4), new CopmProblem(2, 3));
        outcomes.record(ot, ruth, Measure.COPM, today.minusDays(60), new Answers.Problems(before, null));
        outcomes.record(ot, ruth, Measure.COPM, today.minusDays(3), new Answers.Problems(List.of(new CopmProblem(6, 6),
                new CopmProblem(6, 7), new CopmProblem(4, 5)), before));
        PersonId george = person(ot, "George");
        List<Goal> goals = planning.read(ot, george).content().goals();
        goals.forEach(g -> attainment.setExpectedLevel(ot, george, g.id(),
                "Walks to church with his stick, resting once on the bench", -1, null, null));
        attainment.scoreReview(ot, george, today, Map.of(goals.getFirst().id(), 1));
    }

    private PersonId person(Actor practitioner, String givenName) {
        return register.list(practitioner, careTeams.caseload(practitioner.practitioner())).stream()
                .filter(p -> p.demographics().givenName().equals(givenName)).map(Person::id).findFirst()
                .orElseThrow();
    }
}
