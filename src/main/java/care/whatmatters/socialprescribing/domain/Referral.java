package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A referral to social prescribing, taken through its closed loop by a link worker.
 * <p>
 * Invariants: it moves only along {@link ReferralStatus#next()} (anything else is refused, naming the steps
 * allowed); every step after "received" needs a link worker to have taken it; declining needs the person's
 * reason; agreeing a plan needs what was agreed; follow-up needs a service to have accepted the person;
 * "outcome measured" needs the same measure at baseline and at follow-up; closing needs the message back.
 * History is appended, never rewritten.
 */
public final class Referral {

    private final UUID id;
    private final PersonId person;
    private final ReferralSource source;
    private final Referrer referrer;
    private final String reasons;
    private final List<String> needs;
    private final Instant receivedAt;
    private final ReferralRecord record;
    private ReferralStatus status;
    private LinkWorker linkWorker;
    private MessageBack messageBack;
    private long version;
    private Stamp updated;

    public Referral(UUID id, PersonId person, ReferralSource source, Referrer referrer, String reasons,
            List<String> needs, Instant receivedAt, ReferralStatus status, LinkWorker linkWorker, ReferralRecord record,
            MessageBack messageBack, long version, Stamp updated) {
        this.id = id;
        this.person = person;
        this.source = source;
        this.referrer = referrer;
        this.reasons = reasons;
        this.needs = List.copyOf(needs);
        this.receivedAt = receivedAt;
        this.status = status;
        this.linkWorker = linkWorker;
        this.record = record;
        this.messageBack = messageBack;
        this.version = version;
        this.updated = updated;
    }

    /** A new referral, as received. */
    public static Referral receive(PersonId person, ReferralSource source, Referrer referrer, String reasons,
            List<String> needs, Stamp stamp) {
        new InputCheck().required("source", source).requiredText("reasons", reasons, FreeText.LONG)
                .that(needs == null || needs.stream().allMatch(n -> n != null && !n.isBlank() && n.length() <= 100),
                        "needs", "must each be a short phrase (up to 100 characters)")
                .orThrow();
        Referral r = new Referral(Ids.newId(), person, source, referrer, reasons, needs == null ? List.of() : needs,
                stamp.at(), ReferralStatus.RECEIVED, null, ReferralRecord.empty(), null, 0, stamp);
        r.record.events().add(new ReferralEvent(Ids.newId(), null, ReferralStatus.RECEIVED,
                "Referred by " + referrer.signature() + " (" + source.label() + ")", stamp));
        return r;
    }

    /** A link worker takes the referral: from now on they carry it through. */
    public void take(LinkWorker worker, Stamp stamp) {
        if (!status.isOpen() || status == ReferralStatus.DECLINED) {
            throw new ConflictException("This referral is " + status.label().toLowerCase(java.util.Locale.UK)
                    + ": it cannot be taken.");
        }
        if (linkWorker != null) {
            throw new ConflictException(linkWorker.id().equals(worker.id()) ? "You have already taken this referral."
                    : "This referral has already been taken by " + linkWorker.name() + ".");
        }
        linkWorker = worker;
        note(status, "Taken by " + worker.name(), stamp);
    }

    public void contact(String note, Stamp stamp) {
        moveTo(ReferralStatus.CONTACTED, FreeText.optional("note", note, FreeText.LONG), stamp);
    }

    public void decline(String reason, Stamp stamp) {
        check(ReferralStatus.DECLINED);
        String why = FreeText.required("reason", reason, FreeText.SHORT);
        record.declinedReason(why);
        moveTo(ReferralStatus.DECLINED, why, stamp);
    }

    public void engage(String note, Stamp stamp) {
        moveTo(ReferralStatus.ENGAGED, FreeText.optional("note", note, FreeText.LONG), stamp);
    }

    /** What the person and link worker agreed to try, and when to follow it up. */
    public void agreePlan(String summary, LocalDate followUpDue, LocalDate today, Stamp stamp) {
        check(ReferralStatus.PLAN_AGREED);
        String agreed = FreeText.required("planSummary", summary, FreeText.LONG);
        new InputCheck().that(followUpDue == null || followUpDue.isAfter(today), "followUpDue", "must be after today")
                .orThrow();
        record.agreePlan(agreed, followUpDue);
        moveTo(ReferralStatus.PLAN_AGREED, agreed, stamp);
    }

    /** Refers the person on to a community service; the first onward referral makes the referral connected. */
    public OnwardReferral connect(UUID serviceId, String serviceName, String organisationName, String note, Stamp stamp) {
        if (status != ReferralStatus.CONNECTED) {
            check(ReferralStatus.CONNECTED);
        }
        OnwardReferral onward = new OnwardReferral(Ids.newId(), serviceId, serviceName, organisationName,
                FreeText.optional("note", note, FreeText.SHORT), OnwardStatus.SENT, null, stamp, null);
        record.onwardReferrals().add(onward);
        if (status == ReferralStatus.CONNECTED) {
            note(status, "Also referred on to " + serviceName, stamp);
        } else {
            moveTo(ReferralStatus.CONNECTED, "Referred on to " + serviceName, stamp);
        }
        return onward;
    }

    /** Records the service's answer to an onward referral; declining needs the service's reason. */
    public void answerOnward(UUID onwardId, boolean accepted, String reason, Stamp stamp) {
        requireOpen();
        OnwardReferral onward = record.onward(onwardId)
                .orElseThrow(() -> new NotFoundException("This referral has no onward referral with that id."));
        if (onward.status() != OnwardStatus.SENT) {
            throw new ConflictException(onward.serviceName() + " has already answered this referral.");
        }
        String why = accepted ? FreeText.optional("reason", reason, FreeText.SHORT)
                : FreeText.required("reason", reason, FreeText.SHORT);
        record.replace(onward.answered(accepted, why, stamp));
        note(status, onward.serviceName() + (accepted ? " accepted" : " declined: " + why), stamp);
    }

    public void followUp(String note, Stamp stamp) {
        check(ReferralStatus.FOLLOW_UP);
        if (record.onwardReferrals().stream().noneMatch(o -> o.status() == OnwardStatus.ACCEPTED)) {
            throw new ConflictException("No service has accepted the person yet: record a service's answer, or refer "
                    + "them on to another service, before following up.");
        }
        moveTo(ReferralStatus.FOLLOW_UP, FreeText.optional("note", note, FreeText.LONG), stamp);
    }

    /** Adds a wellbeing measure: a baseline before follow-up, a follow-up measure after it. */
    public void recordMeasure(WellbeingMeasure measure) {
        requireTaken();
        boolean allowed = measure.timing() == MeasureTiming.BASELINE ? status.takesBaseline() : status.takesFollowUp();
        if (!allowed) {
            throw new ConflictException(measure.timing() == MeasureTiming.BASELINE
                    ? "A baseline is taken between contacting the person and following up."
                    : "A follow-up measure is taken once the referral is at follow-up.");
        }
        record.measures().add(measure);
    }

    public void measureOutcome(Stamp stamp) {
        check(ReferralStatus.OUTCOME_MEASURED);
        if (record.wellbeingChanges().isEmpty()) {
            throw new ConflictException("Record the same wellbeing measure at baseline and at follow-up first.");
        }
        moveTo(ReferralStatus.OUTCOME_MEASURED, "Wellbeing measured at follow-up", stamp);
    }

    /** Closes the referral; the message back to the GP and referrer is what closing sends. */
    public void close(MessageBack message, Stamp stamp) {
        check(ReferralStatus.CLOSED);
        if (message == null) {
            throw new ConflictException("A referral is closed by sending the message back to the GP and referrer.");
        }
        messageBack = message;
        moveTo(ReferralStatus.CLOSED, "Closed; message back sent to " + message.addressedTo(), stamp);
    }

    /** Refuses a step the referral cannot take from where it is, naming the steps it can take. */
    public void checkCanMoveTo(ReferralStatus target) {
        check(target);
    }

    private void check(ReferralStatus target) {
        if (!status.canMoveTo(target)) {
            throw new TransitionRefused(status, target);
        }
        if (target != ReferralStatus.CLOSED || status != ReferralStatus.DECLINED) {
            requireTaken();
        }
    }

    private void moveTo(ReferralStatus target, String note, Stamp stamp) {
        check(target);
        ReferralStatus from = status;
        status = target;
        record.events().add(new ReferralEvent(Ids.newId(), from, target, note, stamp));
        updated = stamp;
    }

    private void note(ReferralStatus at, String note, Stamp stamp) {
        record.events().add(new ReferralEvent(Ids.newId(), at, at, note, stamp));
        updated = stamp;
    }

    private void requireTaken() {
        if (linkWorker == null) {
            throw new ConflictException("A link worker must take this referral first.");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("This referral is closed.");
        }
    }

    public Referral savedAs(long newVersion) {
        this.version = newVersion;
        return this;
    }

    public UUID id() { return id; }
    public PersonId person() { return person; }
    public ReferralSource source() { return source; }
    public Referrer referrer() { return referrer; }
    public String reasons() { return reasons; }
    public List<String> needs() { return needs; }
    public Instant receivedAt() { return receivedAt; }
    public ReferralStatus status() { return status; }
    public LinkWorker linkWorker() { return linkWorker; }
    public ReferralRecord record() { return record; }
    public MessageBack messageBack() { return messageBack; }
    public long version() { return version; }
    public Stamp updated() { return updated; }

    public List<OnwardReferral> onwardReferrals() {
        return List.copyOf(record.onwardReferrals());
    }

    public List<ReferralEvent> history() {
        return new ArrayList<>(record.events());
    }
}
