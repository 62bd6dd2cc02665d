package care.whatmatters.careplan.persistence;

import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A plan's items (what matters, goals, actions) written as parts of the same statement as the plan's own row, so
 * a save is one round trip whatever the number of items. Each list is one upsert from arrays (one fixed statement
 * text for any number of rows), as a data-modifying {@code WITH} part that takes the plan's id and person from
 * the part that wrote the plan's row ({@code written}): when that part wrote nothing (a stale version, a person
 * not on the register), no item is written either, inside a transaction or not. The foreign keys between items
 * (a goal's what matters, an action's goal) are checked at the end of the statement, when all are written.
 */
final class PlanItemWrites {

    /** The columns every item list has, in the order of its arrays, after its own text column. */
    private static final String COMMON = "created_at, created_by, updated_at, updated_by, voided_at, voided_by, void_reason";

    private static final String WHAT_MATTERS = upsert("what_matters", "plan_what_matters", "text", List.of(),
            "text = excluded.text");
    private static final String GOALS = upsert("goals", "plan_goal", "text", List.of("what_matters_id::uuid"),
            "text = excluded.text, what_matters_id = excluded.what_matters_id");
    private static final String ACTIONS = upsert("actions", "plan_action", "description",
            List.of("goal_id::uuid", "owner", "due_date::date", "component", "progress"),
            "description = excluded.description, goal_id = excluded.goal_id, owner = excluded.owner, "
                    + "due_date = excluded.due_date, component = excluded.component, progress = excluded.progress");

    /** The three upserts, to follow {@code with written as (... returning id, person_id)}. */
    private static final String SQL = WHAT_MATTERS + ",\n" + GOALS + ",\n" + ACTIONS;

    private PlanItemWrites() {
    }

    /**
     * One statement: {@code writePlan} (the plan's own insert or update, its parameters first) and then the plan's
     * items, answering how many plan rows were written (0 or 1).
     */
    static String withItems(String writePlan) {
        return "with written as (" + writePlan + "\nreturning id, person_id),\n" + SQL + "\nselect count(*) from written";
    }

    /** The arrays the items of {@link #withItems} bind, in order, after the plan's own parameters. */
    static List<Object> parameters(CarePlan plan) {
        List<Object> parameters = new ArrayList<>();
        parameters.addAll(columns(plan.allWhatMatters(), List.of(WhatMattersItem::id, WhatMattersItem::position,
                WhatMattersItem::text), WhatMattersItem::created, WhatMattersItem::updated, WhatMattersItem::voided,
                List.of()));
        parameters.addAll(columns(plan.allGoals(), List.of(Goal::id, Goal::position, Goal::text), Goal::created,
                Goal::updated, Goal::voided, List.of(Goal::whatMattersId)));
        parameters.addAll(columns(plan.allActions(), List.of(PlanAction::id, PlanAction::position,
                PlanAction::description), PlanAction::created, PlanAction::updated, PlanAction::voided,
                List.of(PlanAction::goalId, PlanAction::owner, PlanAction::dueDate, a -> a.component().name(),
                        a -> a.progress().name())));
        return parameters;
    }

    private static String upsert(String part, String table, String textColumn, List<String> extra,
            String updates) {
        List<String> own = extra.stream().map(c -> c.replaceAll("::.*", "")).toList();
        String ownColumns = own.isEmpty() ? "" : ", " + String.join(", ", own);
        String columns = "id, position, " + textColumn + ", " + COMMON + ownColumns;
        int arrays = 3 + 7 + extra.size();
        String selected = "t.id::uuid, p.id, p.person_id, t.position::int, t." + textColumn
                + ", t.created_at::timestamptz, t.created_by, t.updated_at::timestamptz, t.updated_by,"
                + " t.voided_at::timestamptz, t.voided_by, t.void_reason"
                + extra.stream().map(c -> ", t." + c).reduce("", String::concat);
        return part + " as (insert into " + table + " (id, plan_id, person_id, position, " + textColumn + ", "
                + COMMON + ownColumns + ")\n"
                + "  select " + selected + "\n"
                + "  from written p cross join unnest(" + String.join(", ", Collections.nCopies(arrays, "?::text[]"))
                + ") as t(" + columns + ")\n"
                + "  on conflict (id) do update set " + updates + ", updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by, voided_at = excluded.voided_at, voided_by = excluded.voided_by,"
                + " void_reason = excluded.void_reason)";
    }

    /** One text array per column: id, position and text, the stamps and voiding, then the list's own columns. */
    private static <T> List<Object> columns(List<T> items, List<Function<T, Object>> first,
            Function<T, Stamp> created, Function<T, Stamp> updated, Function<T, Voiding> voided,
            List<Function<T, Object>> own) {
        List<Function<T, Object>> all = new ArrayList<>(first);
        all.add(i -> at(created.apply(i).at()));
        all.add(i -> created.apply(i).by());
        all.add(i -> at(updated.apply(i).at()));
        all.add(i -> updated.apply(i).by());
        all.add(i -> voided.apply(i) == null ? null : at(voided.apply(i).at()));
        all.add(i -> voided.apply(i) == null ? null : voided.apply(i).by());
        all.add(i -> voided.apply(i) == null ? null : voided.apply(i).reason());
        all.addAll(own);
        List<Object> arrays = new ArrayList<>();
        for (Function<T, Object> column : all) {
            arrays.add(items.stream().map(column).map(v -> v == null ? null : v.toString()).toArray(String[]::new));
        }
        return arrays;
    }

    /**
     * An instant as PostgreSQL reads it, rounded to the microsecond as the JDBC driver rounds a timestamp
     * parameter, so an item's stamps are stored exactly as the plan's own.
     */
    private static Object at(Instant instant) {
        return Objects.requireNonNull(instant).plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
