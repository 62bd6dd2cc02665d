package care.whatmatters.careplan.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one personalised care and support plan (PCSP) a person has at a time: what matters to them, their
 * goals in their words, the actions, a contingency plan, and a review date that is always set.
 * <p>
 * Life cycle (see {@link PlanStatus}): content may change only while the plan is a draft or under review,
 * and changing it at review makes it "revised". Agreeing needs the person's agreement, something that
 * matters, a goal and a review date in the future; it freezes the content as the next numbered
 * {@link AgreedVersion}. Progress on actions may be recorded at any time before the plan is closed.
 * {@link #version()} counts every saved change, for optimistic locking.
 */
public final class CarePlan {

    private final UUID id;
    private final PersonId person;
    private final PlanItems items;
    private final Stamp created;
    private final long version;
    private PlanStatus status;
    private int agreedVersion;
    private LocalDate reviewDate;
    private String contingency;
    private String closeReason;
    private Stamp updated;

    public CarePlan(UUID id, PersonId person, PlanStatus status, long version, int agreedVersion,
            LocalDate reviewDate, String contingency, String closeReason, Stamp created, Stamp updated,
            List<WhatMattersItem> whatMatters, List<Goal> goals, List<PlanAction> actions) {
        this.id = id;
        this.person = person;
        this.status = status;
        this.version = version;
        this.agreedVersion = agreedVersion;
        this.reviewDate = reviewDate;
        this.contingency = contingency;
        this.closeReason = closeReason;
        this.created = created;
        this.updated = updated;
        this.items = new PlanItems(whatMatters, goals, actions);
    }

    /** Starts a draft plan. The review date is required from the start and must be after today. */
    public static CarePlan start(UUID id, PersonId person, LocalDate reviewDate, LocalDate today, Stamp stamp) {
        checkReviewDate(reviewDate, today);
        return new CarePlan(id, person, PlanStatus.DRAFT, 1, 0, reviewDate, null, null, stamp, stamp,
                List.of(), List.of(), List.of());
    }

    public UUID addWhatMatters(String text, Stamp stamp) {
        return add(stamp, () -> items.addWhatMatters(text, stamp));
    }

    public void rewordWhatMatters(UUID id, String text, Stamp stamp) {
        edit(stamp, () -> items.rewordWhatMatters(id, text, stamp));
    }

    public void voidWhatMatters(UUID id, String reason, Stamp stamp) {
        edit(stamp, () -> {
            items.voidWhatMatters(id, reason, stamp);
            return true;
        });
    }

    public UUID addGoal(UUID whatMattersId, String text, Stamp stamp) {
        return add(stamp, () -> items.addGoal(whatMattersId, text, stamp, false));
    }

    /**
     * A goal as a connected system sends it: while the plan is a draft it may wait for its link to what
     * matters (agreeing requires the link); otherwise as {@link #addGoal}.
     */
    public UUID addGoalAsSent(UUID whatMattersId, String text, Stamp stamp) {
        return add(stamp, () -> items.addGoal(whatMattersId, text, stamp, status == PlanStatus.DRAFT));
    }

    /**
     * As {@link #addGoalAsSent(UUID, String, Stamp)}, under an id chosen beforehand: a connected system's plan
     * that arrives with its goals names them in its actions before they exist.
     */
    public UUID addGoalAsSent(UUID id, UUID whatMattersId, String text, Stamp stamp) {
        return add(stamp, () -> items.addGoal(id, whatMattersId, text, stamp, status == PlanStatus.DRAFT));
    }

    public void changeGoal(UUID id, UUID whatMattersId, String text, Stamp stamp) {
        edit(stamp, () -> items.changeGoal(id, whatMattersId, text, stamp, false));
    }

    /** As {@link #changeGoal}, with a draft's leniency (see {@link #addGoalAsSent}). */
    public void changeGoalAsSent(UUID id, UUID whatMattersId, String text, Stamp stamp) {
        edit(stamp, () -> items.changeGoal(id, whatMattersId, text, stamp, status == PlanStatus.DRAFT));
    }

    public void voidGoal(UUID id, String reason, Stamp stamp) {
        edit(stamp, () -> {
            items.voidGoal(id, reason, stamp);
            return true;
        });
    }

    public UUID addAction(ActionDetails details, Stamp stamp) {
        return add(stamp, () -> items.addAction(details, stamp, false));
    }

    /**
     * An action as a connected system sends it: while the plan is a draft its goal, owner and date may come
     * later (agreeing requires them); otherwise as {@link #addAction}.
     */
    public UUID addActionAsSent(ActionDetails details, Stamp stamp) {
        return add(stamp, () -> items.addAction(details, stamp, status == PlanStatus.DRAFT));
    }

    public void changeAction(UUID id, ActionDetails details, Stamp stamp) {
        edit(stamp, () -> items.changeAction(id, details, stamp, false));
    }

    /** As {@link #changeAction}, with a draft's leniency (see {@link #addActionAsSent}). */
    public void changeActionAsSent(UUID id, ActionDetails details, Stamp stamp) {
        edit(stamp, () -> items.changeAction(id, details, stamp, status == PlanStatus.DRAFT));
    }

    public void voidAction(UUID id, String reason, Stamp stamp) {
        edit(stamp, () -> {
            items.voidAction(id, reason, stamp);
            return true;
        });
    }

    public void recordProgress(UUID actionId, ActionProgress progress, Stamp stamp) {
        requireOpen();
        items.recordProgress(actionId, progress, stamp);
        updated = stamp;
    }

    public void setContingency(String text, Stamp stamp) {
        edit(stamp, () -> {
            String checked = FreeText.optional("contingency", text, FreeText.LONG);
            boolean changed = !Objects.equals(contingency, checked);
            contingency = checked;
            return changed;
        });
    }

    public void setReviewDate(LocalDate date, LocalDate today, Stamp stamp) {
        edit(stamp, () -> {
            checkReviewDate(date, today);
            boolean changed = !date.equals(reviewDate);
            reviewDate = date;
            return changed;
        });
    }

    /** Records the agreement and freezes the plan as it stands into the next agreed version. */
    public AgreedVersion agree(Agreement agreement, LocalDate today) {
        if (!agreement.personAgreed()) {
            throw InvalidInputException.of("personAgreed",
                    "must be confirmed: a plan is agreed with the person, never for them");
        }
        FreeText.optional("participants", agreement.participants(), FreeText.SHORT);
        requireTransition(PlanStatus.AGREED, "agreed");
        List<String> missing = new ArrayList<>();
        if (items.liveWhatMatters().isEmpty()) {
            missing.add("record what matters to the person");
        }
        if (items.liveGoals().isEmpty()) {
            missing.add("add at least one goal");
        }
        if (!reviewDate.isAfter(today)) {
            missing.add("set a review date after today");
        }
        missing.addAll(items.incompleteLinks());
        if (!missing.isEmpty()) {
            throw new ConflictException("The plan cannot be agreed yet: " + String.join("; ", missing) + ".");
        }
        status = PlanStatus.AGREED;
        agreedVersion++;
        updated = new Stamp(agreement.recordedBy(), agreement.at());
        return new AgreedVersion(agreedVersion, agreement, content());
    }

    /**
     * The agreed plan starts being carried out. Only an agreed plan can start: a plan under review returns
     * to active by completing the review, which sets the next review date.
     */
    public void activate(Stamp stamp) {
        if (status != PlanStatus.AGREED) {
            throw new ConflictException(status == PlanStatus.UNDER_REVIEW
                    ? "The plan is under review. Finish the review (with the next review date) or change and agree it."
                    : "This plan is " + status.label().toLowerCase() + " (" + status.meaning()
                            + "), so it cannot be started now.");
        }
        transition(PlanStatus.ACTIVE, "started", stamp);
    }

    public void startReview(Stamp stamp) {
        transition(PlanStatus.UNDER_REVIEW, "reviewed", stamp);
    }

    /** Ends a review that changed nothing: the plan carries on, with the next review date. */
    public void completeReviewUnchanged(LocalDate nextReviewDate, LocalDate today, Stamp stamp) {
        checkReviewDate(nextReviewDate, today);
        if (status != PlanStatus.UNDER_REVIEW) {
            throw new ConflictException(status == PlanStatus.REVISED
                    ? "The plan was changed at this review, so it must be agreed again."
                    : "The plan is not under review.");
        }
        reviewDate = nextReviewDate;
        transition(PlanStatus.ACTIVE, "returned to active", stamp);
    }

    public void close(String reason, Stamp stamp) {
        String why = FreeText.required("reason", reason, FreeText.SHORT);
        transition(PlanStatus.CLOSED, "closed", stamp);
        closeReason = why;
    }

    /** The same plan after it was saved as {@code newVersion}. */
    public CarePlan savedAs(long newVersion) {
        return new CarePlan(id, person, status, newVersion, agreedVersion, reviewDate, contingency, closeReason,
                created, updated, items.allWhatMatters(), items.allGoals(), items.allActions());
    }

    public PlanContent content() {
        return new PlanContent(items.liveWhatMatters(), items.liveGoals(), items.liveActions(), contingency,
                reviewDate);
    }

    /** Adds to what was agreed, in the states that allow it. */
    private <T> T add(Stamp stamp, Supplier<T> addition) {
        requireContentChangesAllowed();
        T added = addition.get();
        contentChanged(stamp);
        return added;
    }

    /**
     * Changes what was agreed, in the states that allow it. A change that leaves everything as it was (the
     * same words saved again) changes nothing: in particular it does not make a plan under review revised.
     */
    private void edit(Stamp stamp, BooleanSupplier change) {
        requireContentChangesAllowed();
        if (change.getAsBoolean()) {
            contentChanged(stamp);
        }
    }

    private void requireContentChangesAllowed() {
        if (!status.allowsContentChanges()) {
            throw new ConflictException(status == PlanStatus.CLOSED
                    ? "This plan is closed and can no longer be changed."
                    : "This plan has been agreed. Start a review to change what was agreed.");
        }
    }

    /** A change at review makes the plan revised: it must be agreed again. */
    private void contentChanged(Stamp stamp) {
        if (status == PlanStatus.UNDER_REVIEW) {
            status = PlanStatus.REVISED;
        }
        updated = stamp;
    }

    private void transition(PlanStatus target, String done, Stamp stamp) {
        requireTransition(target, done);
        status = target;
        updated = stamp;
    }

    private void requireTransition(PlanStatus target, String done) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("This plan is " + status.label().toLowerCase() + " (" + status.meaning()
                    + "), so it cannot be " + done + " now.");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("This plan is closed and can no longer be changed.");
        }
    }

    private static void checkReviewDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw InvalidInputException.of("reviewDate", "is required: every plan has a date for its review");
        }
        if (!date.isAfter(today)) {
            throw InvalidInputException.of("reviewDate", "must be after today");
        }
        if (date.isAfter(today.plusYears(2))) {
            throw InvalidInputException.of("reviewDate", "must be within two years: plans are reviewed at least that often");
        }
    }

    public UUID id() {
        return id;
    }

    public PersonId person() {
        return person;
    }

    public PlanStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public int agreedVersion() {
        return agreedVersion;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public String contingency() {
        return contingency;
    }

    public String closeReason() {
        return closeReason;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }

    public List<WhatMattersItem> allWhatMatters() {
        return items.allWhatMatters();
    }

    public List<Goal> allGoals() {
        return items.allGoals();
    }

    public List<PlanAction> allActions() {
        return items.allActions();
    }
}
