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
 * Invariants: every live goal serves a live "what matters"; every live action serves a live goal; nothing is
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
        if (goals.stream().anyMatch(g -> g.live() && g.whatMattersId().equals(id))) {
            throw new ConflictException("Goals still serve this. Link them to something else that matters, "
                    + "or void them, first.");
        }
        replace(whatMatters, item, w -> w.voided(Voiding.of(stamp, reason)));
    }

    UUID addGoal(UUID whatMattersId, String text, Stamp stamp) {
        String words = checkedGoal(whatMattersId, text);
        UUID id = Ids.newId();
        goals.add(new Goal(id, whatMattersId, nextPosition(goals, Goal::position), words, stamp, stamp, null));
        return id;
    }

    boolean changeGoal(UUID id, UUID whatMattersId, String text, Stamp stamp) {
        String words = checkedGoal(whatMattersId, text);
        Goal goal = liveGoal(id);
        if (goal.text().equals(words) && goal.whatMattersId().equals(whatMattersId)) {
            return false;
        }
        replace(goals, goal, g -> g.changed(whatMattersId, words, stamp));
        return true;
    }

    void voidGoal(UUID id, String reason, Stamp stamp) {
        Goal goal = liveGoal(id);
        Voiding voiding = Voiding.of(stamp, reason);
        replace(goals, goal, g -> g.voided(voiding));
        actions.replaceAll(a -> a.live() && a.goalId().equals(id) ? a.voided(voiding) : a);
    }

    UUID addAction(ActionDetails details, Stamp stamp) {
        checkAction(details);
        UUID id = Ids.newId();
        actions.add(PlanAction.of(id, nextPosition(actions, PlanAction::position), details, stamp));
        return id;
    }

    boolean changeAction(UUID id, ActionDetails details, Stamp stamp) {
        checkAction(details);
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

    private String checkedGoal(UUID whatMattersId, String text) {
        new InputCheck().required("whatMattersId", whatMattersId).requiredText("text", text, FreeText.SHORT).orThrow();
        liveWhatMatters(whatMattersId);
        return text;
    }

    private void checkAction(ActionDetails details) {
        InputCheck check = new InputCheck();
        details.check(check);
        check.orThrow();
        liveGoal(details.goalId());
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
