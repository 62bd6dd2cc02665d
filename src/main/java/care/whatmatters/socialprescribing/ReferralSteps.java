package care.whatmatters.socialprescribing;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.domain.MeasureTiming;
import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.MessageBackComposer;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import care.whatmatters.socialprescribing.domain.TransitionRefused;
import care.whatmatters.socialprescribing.domain.WellbeingMeasure;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the closed loop, taken by the person's care team (in practice the link worker who took the
 * referral): each is checked against the life cycle first, so a step out of order is refused with the
 * steps allowed, whatever else was sent.
 */
@Service
@Transactional
public class ReferralSteps {

    private final SocialPrescribing referrals;
    private final RecordAccess access;
    private final DirectoryCatalogue directory;
    private final WellbeingQuestionnaires questionnaires;
    private final MessageBackRecipients recipients;
    private final MessageBackCodes codes;
    private final PersonRegister register;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReferralSteps(SocialPrescribing referrals, RecordAccess access, DirectoryCatalogue directory,
            WellbeingQuestionnaires questionnaires, MessageBackRecipients recipients, MessageBackCodes codes,
            PersonRegister register, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.referrals = referrals;
        this.access = access;
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.recipients = recipients;
        this.codes = codes;
        this.register = register;
        this.clock = clock;
    }

    /** Moves the referral to the status asked for, with what that step needs. */
    public Referral move(Actor actor, PersonId person, UUID id, StepRequest step) {
        ReferralStatus target = new InputCheck().choice("status", ReferralStatus.class, step == null ? null : step.status());
        new InputCheck().required("status", target).orThrow();
        if (target == ReferralStatus.CONNECTED && step.serviceId() == null) {
            return referrals.change(actor, person, id, r -> {
                if (r.status() != ReferralStatus.CONNECTED) {
                    r.checkCanMoveTo(target);
                }
                throw InvalidInputException.of("serviceId", "is required: the directory service to refer on to");
            });
        }
        if (target == ReferralStatus.CONNECTED) {
            return connect(actor, person, id, step.serviceId(), step.note());
        }
        if (target == ReferralStatus.CLOSED) {
            return close(actor, person, id, step.summary());
        }
        return referrals.change(actor, person, id, r -> {
            r.checkCanMoveTo(target);
            switch (target) {
                case CONTACTED -> r.contact(step.note(), referrals.stamp(actor));
                case DECLINED -> r.decline(step.note(), referrals.stamp(actor));
                case ENGAGED -> r.engage(step.note(), referrals.stamp(actor));
                case PLAN_AGREED -> r.agreePlan(step.note(), followUp(step.followUpDue()), today(), referrals.stamp(actor));
                case FOLLOW_UP -> r.followUp(step.note(), referrals.stamp(actor));
                case OUTCOME_MEASURED -> r.measureOutcome(referrals.stamp(actor));
                default -> throw new TransitionRefused(r.status(), target);
            }
        });
    }

    /** Refers the person on to a directory service (the first one makes the referral "connected"). */
    public Referral connect(Actor actor, PersonId person, UUID id, UUID serviceId, String note) {
        boolean[] first = {false};
        Referral connected = referrals.change(actor, person, id, r -> {
            if (r.status() != ReferralStatus.CONNECTED) {
                r.checkCanMoveTo(ReferralStatus.CONNECTED);
                first[0] = true;
            }
            CommunityService service = directory.get(serviceId);
            r.connect(service.id(), service.name(), service.organisation().name(), note, referrals.stamp(actor));
        });
        if (first[0]) {
            events.publishEvent(new ReferralConnected(person, id, clock.instant(), actor.practitioner()));
        }
        return connected;
    }

    /** Records a service's answer to an onward referral: accepted, or declined with its reason. */
    public Referral answerOnward(Actor actor, PersonId person, UUID id, UUID onwardId, boolean accepted, String reason) {
        return referrals.change(actor, person, id,
                r -> r.answerOnward(onwardId, accepted, reason, referrals.stamp(actor)));
    }

    /** Scores a wellbeing questionnaire and adds it: a baseline before follow-up, a follow-up measure after. */
    public Referral recordWellbeing(Actor actor, PersonId person, UUID id, String measure, List<Integer> answers) {
        return referrals.change(actor, person, id, r -> {
            MeasureTiming timing = r.status().takesFollowUp() ? MeasureTiming.FOLLOW_UP : MeasureTiming.BASELINE;
            WellbeingQuestionnaires.Scored scored = questionnaires.score(actor, person, measure, answers);
            r.recordMeasure(new WellbeingMeasure(Ids.newId(), measure.strip().toUpperCase(java.util.Locale.UK), timing,
                    scored.score(), scored.detail(), scored.responseId(), referrals.stamp(actor)));
        });
    }

    /** Closes the referral by sending the coded message back to the GP and the referrer. */
    public Referral close(Actor actor, PersonId person, UUID id, String summary) {
        ReferralStatus[] from = {null};
        Referral closed = referrals.change(actor, person, id, r -> {
            r.checkCanMoveTo(ReferralStatus.CLOSED);
            from[0] = r.status();
            AccessGrant grant = access.change(actor, person, "message back", AuditAction.CREATE, Writers.CARE_TEAM);
            Demographics d = register.get(grant).demographics();
            MessageBack.Patient patient = new MessageBack.Patient(d.fullName(), d.nhsNumberShown(),
                    d.dateOfBirth(), d.postcode() == null ? null : d.postcode().value());
            MessageBack message = MessageBackComposer.compose(r, patient, recipients.of(r), codes.forClosing(r.status()),
                    summary, clock.instant(), today());
            r.close(message, referrals.stamp(actor));
        });
        var change = closed.record().wellbeingChanges().stream().findFirst();
        events.publishEvent(new ReferralClosed(person, id, from[0].name(), clock.instant(), actor.practitioner(),
                change.map(c -> c.change()).orElse(null), change.map(c -> c.measure()).orElse(null)));
        return closed;
    }

    private LocalDate followUp(String value) {
        InputCheck check = new InputCheck();
        LocalDate date = check.date("followUpDue", value);
        check.orThrow();
        return date;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
