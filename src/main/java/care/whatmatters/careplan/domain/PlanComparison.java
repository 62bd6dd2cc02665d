package care.whatmatters.careplan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two versions of a plan. Items are matched by their id, so a goal that was reworded
 * shows as changed, not as one removed and one added.
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    public static List<PlanChange> between(PlanContent from, PlanContent to) {
        List<PlanChange> changes = new ArrayList<>();
        compare(changes, "What matters", from.whatMatters(), to.whatMatters(), WhatMattersItem::id,
                WhatMattersItem::text);
        compare(changes, "Goals", from.goals(), to.goals(), Goal::id, Goal::text);
        compare(changes, "Actions", from.actions(), to.actions(), PlanAction::id, PlanComparison::describe);
        field(changes, "Contingency plan", from.contingency(), to.contingency());
        field(changes, "Review date", String.valueOf(from.reviewDate()), String.valueOf(to.reviewDate()));
        return changes;
    }

    static String describe(PlanAction a) {
        return a.description() + " (owner: " + a.owner() + ", by " + a.dueDate() + ", " + a.component().label() + ")";
    }

    private static <T> void compare(List<PlanChange> changes, String section, List<T> from, List<T> to,
            Function<T, UUID> id, Function<T, String> words) {
        Map<UUID, T> before = byId(from, id);
        Map<UUID, T> after = byId(to, id);
        before.forEach((key, item) -> {
            T later = after.get(key);
            if (later == null) {
                changes.add(new PlanChange(section, PlanChange.Kind.REMOVED, words.apply(item), null));
            } else if (!words.apply(item).equals(words.apply(later))) {
                changes.add(new PlanChange(section, PlanChange.Kind.CHANGED, words.apply(item), words.apply(later)));
            }
        });
        after.forEach((key, item) -> {
            if (!before.containsKey(key)) {
                changes.add(new PlanChange(section, PlanChange.Kind.ADDED, null, words.apply(item)));
            }
        });
    }

    private static void field(List<PlanChange> changes, String section, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        PlanChange.Kind kind = before == null ? PlanChange.Kind.ADDED
                : after == null ? PlanChange.Kind.REMOVED : PlanChange.Kind.CHANGED;
        changes.add(new PlanChange(section, kind, before, after));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
