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
 * shows as changed, not as one removed and one added. The chain is part of what was agreed: a goal now
 * serving something else that matters, or an action now serving another goal, has changed too, and then
 * the change names what it served before and after.
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    public static List<PlanChange> between(PlanContent from, PlanContent to) {
        List<PlanChange> changes = new ArrayList<>();
        compare(changes, new Section<>("What matters", WhatMattersItem::id, WhatMattersItem::text, w -> null,
                Map.of(), Map.of()), from.whatMatters(), to.whatMatters());
        compare(changes, new Section<>("Goals", Goal::id, Goal::text, Goal::whatMattersId,
                words(from.whatMatters(), WhatMattersItem::id, WhatMattersItem::text),
                words(to.whatMatters(), WhatMattersItem::id, WhatMattersItem::text)), from.goals(), to.goals());
        compare(changes, new Section<>("Actions", PlanAction::id, PlanComparison::describe, PlanAction::goalId,
                words(from.goals(), Goal::id, Goal::text), words(to.goals(), Goal::id, Goal::text)),
                from.actions(), to.actions());
        field(changes, "Contingency plan", from.contingency(), to.contingency());
        field(changes, "Review date", String.valueOf(from.reviewDate()), String.valueOf(to.reviewDate()));
        return changes;
    }

    static String describe(PlanAction a) {
        return a.description() + " (owner: " + a.owner() + ", by " + a.dueDate() + ", " + a.component().label() + ")";
    }

    /**
     * How to read one section: item ids, their words, and what each serves, with the parents' words in the
     * earlier and the later version.
     */
    private record Section<T>(String name, Function<T, UUID> id, Function<T, String> words,
            Function<T, UUID> parent, Map<UUID, String> parentsBefore, Map<UUID, String> parentsAfter) {

        String shown(T item, boolean withParent, boolean later) {
            String text = words.apply(item);
            if (!withParent) {
                return text;
            }
            Map<UUID, String> parents = later ? parentsAfter : parentsBefore;
            return text + " (for: " + parents.getOrDefault(parent.apply(item), "something since removed") + ")";
        }
    }

    private static <T> void compare(List<PlanChange> changes, Section<T> section, List<T> from, List<T> to) {
        Map<UUID, T> before = byId(from, section.id());
        Map<UUID, T> after = byId(to, section.id());
        before.forEach((key, item) -> {
            T later = after.get(key);
            if (later == null) {
                changes.add(new PlanChange(section.name(), PlanChange.Kind.REMOVED, section.shown(item, false, false), null));
                return;
            }
            boolean moved = !Objects.equals(section.parent().apply(item), section.parent().apply(later));
            if (moved || !section.words().apply(item).equals(section.words().apply(later))) {
                changes.add(new PlanChange(section.name(), PlanChange.Kind.CHANGED, section.shown(item, moved, false),
                        section.shown(later, moved, true)));
            }
        });
        after.forEach((key, item) -> {
            if (!before.containsKey(key)) {
                changes.add(new PlanChange(section.name(), PlanChange.Kind.ADDED, null, section.shown(item, false, true)));
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

    private static <T> Map<UUID, String> words(List<T> items, Function<T, UUID> id, Function<T, String> words) {
        Map<UUID, String> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), words.apply(item)));
        return map;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
