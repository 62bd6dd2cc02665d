package care.whatmatters.outcome;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.careplan.CarePlanning;
import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanStatus;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.GoalScale;
import care.whatmatters.outcome.domain.GoalScore;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.ScoreSheet;
import care.whatmatters.outcome.domain.Scoring;
import care.whatmatters.outcome.persistence.GoalScaleRepository;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal Attainment Scaling on the plan's goals. Setting a goal's expected level is part of agreeing the goal,
 * so it is allowed only while the plan's goals can change (a draft, or a plan under review); goals are
 * scored at review, when the plan is under review or revised.
 */
@Service
public class GoalAttainment {

    private final GoalScaleRepository scales;
    private final OutcomeRecords records;
    private final CarePlanning planning;
    private final RecordAccess access;
    private final Clock clock;

    GoalAttainment(GoalScaleRepository scales, OutcomeRecords records, CarePlanning planning, RecordAccess access,
            Clock clock) {
        this.scales = scales;
        this.records = records;
        this.planning = planning;
        this.access = access;
        this.clock = clock;
    }

    /** The plan's live goals, each with its scale when one is set. */
    public record GoalWithScale(Goal goal, Optional<GoalScale> scale) {
    }

    public List<GoalWithScale> goals(AccessGrant grant) {
        List<GoalScale> current = scales.current(grant.person());
        return planning.current(grant).filter(p -> p.status().isOpen())
                .map(p -> p.content().goals().stream().map(g -> new GoalWithScale(g,
                        current.stream().filter(s -> s.goal().equals(g.id())).findFirst())).toList())
                .orElse(List.of());
    }

    /** The plan's status, to say whether scales may be set or goals scored now. */
    public Optional<PlanStatus> planStatus(AccessGrant grant) {
        return planning.current(grant).map(CarePlan::status);
    }

    /** The T-score the goals had when they were agreed (every goal at its baseline), if all have a scale. */
    public Optional<ScoreSheet> baseline(AccessGrant grant) {
        List<GoalWithScale> goals = goals(grant);
        if (goals.isEmpty() || goals.stream().anyMatch(g -> g.scale().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Scoring.score(Measure.GAS, new Answers.Goals(
                goals.stream().map(g -> g.scale().orElseThrow().atBaseline()).toList())));
    }

    @Transactional
    public GoalScale setExpectedLevel(Actor actor, PersonId person, UUID goal, String expected, Integer baseline,
            Integer importance, Integer difficulty) {
        GoalScale scale = GoalScale.of(Ids.newId(), person, goal, expected, baseline, importance, difficulty,
                new Stamp(actor.signature(), clock.instant()));
        AccessGrant grant = access.change(actor, person, "goal attainment scale", AuditAction.UPDATE, Writers.CARE_TEAM);
        CarePlan plan = openPlan(grant);
        if (!plan.status().allowsContentChanges()) {
            throw new ConflictException("The expected level is set when the goal is agreed. This plan is "
                    + plan.status().label().toLowerCase() + ": start a review to change its goals' scales.");
        }
        requireGoal(plan, goal);
        scales.replace(scale);
        return scale;
    }

    /** Scores the goals at review: {@code attainments} maps each goal scored to −2…+2. */
    @Transactional
    public OutcomeResponse scoreReview(Actor actor, PersonId person, LocalDate on, Map<UUID, Integer> attainments) {
        AccessGrant grant = access.change(actor, person, "goal attainment review", AuditAction.CREATE,
                Writers.CARE_TEAM);
        if (attainments == null || attainments.isEmpty()) {
            throw InvalidInputException.of("goals", "are required: score at least one goal");
        }
        CarePlan plan = openPlan(grant);
        if (plan.status() != PlanStatus.UNDER_REVIEW && plan.status() != PlanStatus.REVISED) {
            throw new ConflictException("Goals are scored at the plan's review. Start a review of the plan first.");
        }
        List<GoalScale> current = scales.current(person);
        List<GoalScore> scored = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        attainments.forEach((goal, attainment) -> current.stream().filter(s -> s.goal().equals(goal)).findFirst()
                .ifPresentOrElse(s -> scored.add(s.scored(attainment)), () -> problems.add(new FieldProblem(
                        "goals", "a goal has no expected level set, so it cannot be scored"))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Answers.Goals answers = new Answers.Goals(scored);
        ScoreSheet sheet = Scoring.score(Measure.GAS, answers);
        return records.store(grant, Measure.GAS, on == null ? LocalDate.now(clock) : on, answers, sheet, plan.id(),
                null);
    }

    private CarePlan openPlan(AccessGrant grant) {
        return planning.current(grant).filter(p -> p.status().isOpen()).orElseThrow(() -> new NotFoundException(
                "This person has no care and support plan in use, so its goals cannot be scaled or scored."));
    }

    private static void requireGoal(CarePlan plan, UUID goal) {
        if (plan.content().goals().stream().noneMatch(g -> g.id().equals(goal))) {
            throw new NotFoundException("The plan has no goal with that id.");
        }
    }
}
