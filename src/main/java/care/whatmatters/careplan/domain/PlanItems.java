package care.whatmatters.careplan.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The chain at the centre of the plan: what matters → goals → actions.
 * <p>
 * Invariants: every live goal serves a live "what matters"; every live action serves a live goal (in a draft
 * sent by a connected system these links may wait, see {@link #incompleteLinks()}, and agreeing requires
 * them); nothing is
 * removed, only voided with a reason. Voiding a goal voids its actions; a "what matters" cannot be voided
 * while live goals still serve it.
 */
final class PlanItems {

    private final List<WhatMattersItem> whatMatters;
    private final List<Goal> goals;
    private final List<PlanAction> actions;

    PlanItems(List<WhatMattersItem> whatMatters, List<Goal> goals, List<PlanAction> actions) {
        this.whatMatters = new ArrayList<>(whatMatters);
        this.goals = new ArrayList<>(goals);
        this.actions = new ArrayList<>(actions);
    }

    UUID addWhatMatters(String text, Stamp stamp) {
        String words = FreeText.required("text", text, FreeText.SHORT);
        UUID id = Ids.newId();
        whatMatters.add(new WhatMattersItem(id, nextPosition(whatMatters, WhatMattersItem::position), words, stamp,
                stamp, null));
        return id;
    }

    /** Answers whether anything changed (saving the same words again changes nothing). */
    boolean rewordWhatMatters(UUID id, String text, Stamp stamp) {
        String words = FreeText.required("text", text, FreeText.SHORT);
        WhatMattersItem item = liveWhatMatters(id);
        if (item.text().equals(words)) {
            return false;
        }
        replace(whatMatters, item, w -> w.reworded(words, stamp));
        return true;
    }

    void voidWhatMatters(UUID id, String reason, Stamp stamp) {
        WhatMattersItem item = liveWhatMatters(id);
        if (goals.stream().anyMatch(g -> g.live() && id.equals(g.whatMattersId()))) {
            throw new ConflictException("Goals still serve this. Link them to something else that matters, "
                    + "or void them, first.");
        }
        replace(whatMatters, item, w -> w.voided(Voiding.of(stamp, reason)));
    }

    /** {@code draft}: the plan is a draft, so the goal may wait for its link to what matters. */
    UUID addGoal(UUID whatMattersId, String text, Stamp stamp, boolean draft) {
        return addGoal(Ids.newId(), whatMattersId, text, stamp, draft);
    }

    /** As above, under an id the caller chose (new, and so unused on this plan). */
    UUID addGoal(UUID id, UUID whatMattersId, String text, Stamp stamp, boolean draft) {
        String words = checkedGoal(whatMattersId, text, draft);
        if (goals.stream().anyMatch(g -> g.id().equals(id))) {
            throw new IllegalArgumentException("A goal with this id is already on the plan");
        }
        goals.add(new Goal(id, whatMattersId, nextPosition(goals, Goal::position), words, stamp, stamp, null));
        return id;
    }

    boolean changeGoal(UUID id, UUID whatMattersId, String text, Stamp stamp, boolean draft) {
        String words = checkedGoal(whatMattersId, text, draft);
        Goal goal = liveGoal(id);
        if (goal.text().equals(words) && java.util.Objects.equals(goal.whatMattersId(), whatMattersId)) {
            return false;
        }
        replace(goals, goal, g -> g.changed(whatMattersId, words, stamp));
        return true;
    }

    void voidGoal(UUID id, String reason, Stamp stamp) {
        Goal goal = liveGoal(id);
        Voiding voiding = Voiding.of(stamp, reason);
        replace(goals, goal, g -> g.voided(voiding));
        actions.replaceAll(a -> a.live() && id.equals(a.goalId()) ? a.voided(voiding) : a);
    }

    UUID addAction(ActionDetails details, Stamp stamp, boolean draft) {
        checkAction(details, draft);
        UUID id = Ids.newId();
        actions.add(PlanAction.of(id, nextPosition(actions, PlanAction::position), details, stamp));
        return id;
    }

    boolean changeAction(UUID id, ActionDetails details, Stamp stamp, boolean draft) {
        checkAction(details, draft);
        PlanAction action = liveAction(id);
        if (action.details().equals(details)) {
            return false;
        }
        replace(actions, action, a -> a.changed(details, stamp));
        return true;
    }

    void voidAction(UUID id, String reason, Stamp stamp) {
        replace(actions, liveAction(id), a -> a.voided(Voiding.of(stamp, reason)));
    }

    void recordProgress(UUID id, ActionProgress progress, Stamp stamp) {
        if (progress == null) {
            throw care.whatmatters.shared.InvalidInputException.of("progress", "is required");
        }
        replace(actions, liveAction(id), a -> a.progressed(progress, stamp));
    }

    List<WhatMattersItem> allWhatMatters() {
        return List.copyOf(whatMatters);
    }

    List<Goal> allGoals() {
        return List.copyOf(goals);
    }

    List<PlanAction> allActions() {
        return List.copyOf(actions);
    }

    List<WhatMattersItem> liveWhatMatters() {
        return live(whatMatters, WhatMattersItem::live, WhatMattersItem::position);
    }

    List<Goal> liveGoals() {
        return live(goals, Goal::live, Goal::position);
    }

    List<PlanAction> liveActions() {
        return live(actions, PlanAction::live, PlanAction::position);
    }

    private String checkedGoal(UUID whatMattersId, String text, boolean draft) {
        InputCheck check = new InputCheck();
        if (!draft) {
            check.required("whatMattersId", whatMattersId);
        }
        check.requiredText("text", text, FreeText.SHORT).orThrow();
        if (whatMattersId != null) {
            liveWhatMatters(whatMattersId);
        }
        return text;
    }

    private void checkAction(ActionDetails details, boolean draft) {
        InputCheck check = new InputCheck();
        details.check(check, draft);
        check.orThrow();
        if (details.goalId() != null) {
            liveGoal(details.goalId());
        }
    }

    /** What still stops the chain being whole: goals without what matters, actions without goal, owner or date. */
    List<String> incompleteLinks() {
        List<String> missing = new ArrayList<>();
        if (liveGoals().stream().anyMatch(g -> g.whatMattersId() == null)) {
            missing.add("link every goal to something that matters to the person");
        }
        if (liveActions().stream().anyMatch(a -> a.goalId() == null || a.owner() == null || a.dueDate() == null)) {
            missing.add("give every action a goal, an owner and a date");
        }
        return missing;
    }

    private WhatMattersItem liveWhatMatters(UUID id) {
        return find(whatMatters, w -> w.live() && w.id().equals(id), "what matters");
    }

    private Goal liveGoal(UUID id) {
        return find(goals, g -> g.live() && g.id().equals(id), "goal");
    }

    private PlanAction liveAction(UUID id) {
        return find(actions, a -> a.live() && a.id().equals(id), "action");
    }

    private static <T> T find(List<T> items, Predicate<T> matches, String what) {
        return items.stream().filter(matches).findFirst()
                .orElseThrow(() -> new NotFoundException("This plan has no " + what + " with that id."));
    }

    private static <T> void replace(List<T> items, T old, UnaryOperator<T> change) {
        items.set(items.indexOf(old), change.apply(old));
    }

    private static <T> int nextPosition(List<T> items, Function<T, Integer> position) {
        return items.stream().map(position).max(Comparator.naturalOrder()).orElse(0) + 1;
    }

    private static <T> List<T> live(List<T> items, Predicate<T> isLive, Function<T, Integer> position) {
        return items.stream().filter(isLive).sorted(Comparator.comparing(position)).toList();
    }
}
