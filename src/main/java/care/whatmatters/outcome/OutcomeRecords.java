package care.whatmatters.outcome;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.OutcomeSettings;
import care.whatmatters.outcome.domain.ScoreSheet;
import care.whatmatters.outcome.domain.Scoring;
import care.whatmatters.outcome.domain.Trend;
import care.whatmatters.outcome.domain.Trends;
import care.whatmatters.outcome.domain.WellbeingImprovement;
import care.whatmatters.outcome.persistence.OutcomeResponseRepository;
import care.whatmatters.query.Query;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording completed measures for a person, by the person in their own view or by their team, and reading
 * them back as change over time. Every read and write passes the audited access check.
 */
@Service
public class OutcomeRecords {

    private final OutcomeResponseRepository responses;
    private final RecordAccess access;
    private final LicensedMeasures licences;
    private final OutcomeSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutcomeRecords(OutcomeResponseRepository responses, RecordAccess access, LicensedMeasures licences,
            OutcomeSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.responses = responses;
        this.access = access;
        this.licences = licences;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Scores and stores one completed measure. Anyone who may write to the record may record the freely
     * usable measures; a licensed instrument's scores only a licensed practitioner; GAS reviews go through
     * {@link GoalAttainment}.
     */
    @Transactional
    public OutcomeResponse record(Actor actor, PersonId person, Measure measure, LocalDate answeredOn,
            Answers answers) {
        if (measure == Measure.GAS) {
            throw InvalidInputException.of("measure", "GAS is scored at the plan's review, against the goals' "
                    + "expected levels: use the goal attainment review");
        }
        ScoreSheet sheet = Scoring.score(measure, answers);
        LocalDate on = checkedDate(answeredOn);
        AccessGrant grant = access.change(actor, person, "outcome " + measure.code(), AuditAction.CREATE,
                Writers.PERSON_OR_CARE_TEAM);
        if (measure.licensed()) {
            licences.requireLicence(actor, LicensedInstrument.valueOf(measure.name()));
        }
        return store(grant, measure, on, answers, sheet, null, null);
    }

    /** Stores a collaboRATE response about one encounter (a shared decision), for the service that held it. */
    @Transactional
    public OutcomeResponse recordCollaborate(AccessGrant grant, UUID encounter, String service,
            java.util.List<Integer> answers) {
        Answers.Items items = new Answers.Items(answers);
        ScoreSheet sheet = Scoring.score(Measure.COLLABORATE, items);
        return store(grant, Measure.COLLABORATE, LocalDate.now(clock), items, sheet, encounter, service);
    }

    OutcomeResponse store(AccessGrant grant, Measure measure, LocalDate on, Answers answers, ScoreSheet sheet,
            UUID context, String service) {
        Actor actor = grant.actor();
        OutcomeResponse response = new OutcomeResponse(Ids.newId(), grant.person(), measure, on, answers, sheet,
                grant.byPersonOrRepresentative(), context, new Stamp(actor.signature(), clock.instant()), null);
        responses.insert(response, service);
        if ((measure == Measure.ONS4 || measure == Measure.SWEMWBS)
                && WellbeingImprovement.shownBy(Trends.of(responses.all(grant.person()), settings), measure)) {
            events.publishEvent(new WellbeingImproved(grant.person(), measure.code(), on));
        }
        return response;
    }

    public List<OutcomeResponse> responses(AccessGrant grant) {
        return responses.all(grant.person());
    }

    /** As {@link #responses(AccessGrant)}, as a query to send together with other modules' reads. */
    public Query<List<OutcomeResponse>> responsesQuery(AccessGrant grant) {
        return responses.allQuery(grant.person());
    }

    public List<OutcomeResponse> responses(Actor actor, PersonId person) {
        return responses(grantFor(actor, person));
    }

    /** Reading a person's outcomes: the audited access check. */
    public AccessGrant grantFor(Actor actor, PersonId person) {
        return access.read(actor, person, "outcomes");
    }

    /** The trends of every score the person has responses for, oldest response first. */
    public List<Trend> trends(AccessGrant grant) {
        return Trends.of(responses(grant), settings);
    }

    /** What the record shows: trends with their charts and the responses, newest first. */
    public OutcomeSummary summary(AccessGrant grant) {
        return summarised(responses(grant));
    }

    /** As {@link #summary}, as a query to send together with other modules' reads (the whole record). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Query<OutcomeSummary> summaryQuery(AccessGrant grant) {
        return responsesQuery(grant).map(this::summarised);
    }

    private OutcomeSummary summarised(List<OutcomeResponse> all) {
        return OutcomeSummary.of(Trends.of(all, settings), all);
    }

    /** The live responses about one encounter or review (a decision's collaboRATE). */
    public List<OutcomeResponse> about(AccessGrant grant, UUID context) {
        return responses.forContexts(grant.person(), List.of(context));
    }

    /** The live responses about any of these encounters: one read however many there are. */
    public List<OutcomeResponse> aboutAny(AccessGrant grant, List<UUID> contexts) {
        return contexts.isEmpty() ? List.of() : responses.forContexts(grant.person(), contexts);
    }

    @Transactional
    public void voidResponse(Actor actor, PersonId person, UUID id, String reason) {
        access.change(actor, person, "outcome", AuditAction.VOID, Writers.PERSON_OR_CARE_TEAM);
        Voiding voiding = Voiding.of(new Stamp(actor.signature(), clock.instant()), reason);
        if (!responses.markVoided(person, id, voiding)) {
            throw new NotFoundException("There is no response with that id on this record, or it is already voided.");
        }
    }

    private LocalDate checkedDate(LocalDate answeredOn) {
        LocalDate today = LocalDate.now(clock);
        if (answeredOn == null) {
            return today;
        }
        if (answeredOn.isAfter(today)) {
            throw InvalidInputException.of("answeredOn", "cannot be in the future");
        }
        return answeredOn;
    }

    /**
     * One response known only by its id (the FHIR API's {@code QuestionnaireResponse/{id}}), voided or not:
     * whose it is is looked up first, then read under the same audited check as {@link #responses(Actor, PersonId)}.
     */
    public OutcomeResponse one(Actor actor, UUID id) {
        PersonId person = responses.personOf(id).orElseThrow(() ->
                new NotFoundException("There is no outcome response with that id."));
        grantFor(actor, person);
        return responses.find(person, id).orElseThrow(() ->
                new NotFoundException("There is no outcome response with that id."));
    }
}
