package care.whatmatters.careplan.persistence;

import static care.whatmatters.careplan.persistence.PlanRows.ts;

import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.careplan.domain.PlanStatus;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.SqlCondition;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves the plan aggregate. Saving checks the version the change started from in the same
 * UPDATE that bumps it, so of two concurrent saves from the same version exactly one wins.
 */
@Repository
public class CarePlanRepository {

    private final JdbcClient jdbc;
    private final Queries queries;

    CarePlanRepository(JdbcClient jdbc, Queries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** The plan in use (not closed), or else the most recently closed one. */
    public Optional<CarePlan> current(PersonId person) {
        return queries.one(currentQuery(person));
    }

    /** As {@link #current}, as a query to send with others. */
    public Query<Optional<CarePlan>> currentQuery(PersonId person) {
        return load("""
                select id from care_plan where person_id = ?
                order by (status <> 'CLOSED') desc, created_at desc limit 1""", person);
    }

    /** One plan of the person's, closed or not. */
    public Optional<CarePlan> find(PersonId person, UUID planId) {
        return queries.one(load("select id from care_plan where person_id = ? and id = ?", person, planId));
    }

    /** Whose plan this is (an id, no personal data), so that reading it can be checked against that person. */
    public Optional<PersonId> ownerOfPlan(UUID planId) {
        return jdbc.sql("select person_id from care_plan where id = ?").param(planId)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
    }

    /** Whose plan holds this goal, voided goals included. */
    public Optional<PersonId> ownerOfGoal(UUID goalId) {
        return jdbc.sql("select person_id from plan_goal where id = ?").param(goalId)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
    }

    /**
     * Inserts a new plan, only if {@code personOnRecord} (the person module's question) holds as it is written:
     * answers false, having written nothing, when it does not. Asking in the insert saves the round trip of
     * reading the person first.
     */
    public boolean insert(CarePlan plan, SqlCondition personOnRecord) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(plan.id(), plan.person().value(), plan.status().name(),
                plan.version(), plan.agreedVersion(), plan.reviewDate(), plan.contingency(), plan.closeReason(),
                ts(plan.created().at()), plan.created().by(), ts(plan.updated().at()), plan.updated().by()));
        parameters.addAll(personOnRecord.parameters());
        parameters.addAll(PlanItemWrites.parameters(plan));
        try {
            return jdbc.sql(PlanItemWrites.withItems("""
                    insert into care_plan (id, person_id, status, version, agreed_version, review_date, contingency,
                      close_reason, created_at, created_by, updated_at, updated_by)
                    select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?""" + " where " + personOnRecord.sql()))
                    .params(parameters)
                    .query(Integer.class).single() == 1;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This person already has a plan. There is one plan per person: "
                    + "open it to add to it.");
        }
    }

    /**
     * Saves a changed plan that was loaded at {@code expectedVersion}; answers the plan at its new version. The
     * plan's row and all its items are one statement: the items are written only if the version still matched.
     */
    public CarePlan save(CarePlan plan, long expectedVersion) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(plan.status().name(), plan.agreedVersion(),
                plan.reviewDate(), plan.contingency(), plan.closeReason(), ts(plan.updated().at()), plan.updated().by(),
                plan.id(), expectedVersion));
        parameters.addAll(PlanItemWrites.parameters(plan));
        int updated = jdbc.sql(PlanItemWrites.withItems("""
                update care_plan set status = ?, version = version + 1, agreed_version = ?, review_date = ?,
                  contingency = ?, close_reason = ?, updated_at = ?, updated_by = ?
                where id = ? and version = ?"""))
                .params(parameters)
                .query(Integer.class).single();
        if (updated == 0) {
            long now = jdbc.sql("select version from care_plan where id = ?").param(plan.id())
                    .query(Long.class).single();
            throw new StaleVersionException("This plan", expectedVersion, now);
        }
        return plan.savedAs(expectedVersion + 1);
    }

    /**
     * The plan that {@code whichPlan} (a query for one plan id, of the person's) names, with its items: four
     * statements that go to the database in one round trip.
     */
    private static Query<Optional<CarePlan>> load(String whichPlan, PersonId person, Object... more) {
        String plan = "(" + whichPlan + ")";
        List<String> statements = List.of("select * from care_plan where id = " + plan,
                items("plan_what_matters", "id, position, text", plan),
                items("plan_goal", "id, what_matters_id, position, text", plan),
                items("plan_action", "id, goal_id, position, description, owner, due_date, component, progress",
                        plan));
        List<Object> parameters = new ArrayList<>();
        for (int statement = 0; statement < statements.size(); statement++) {
            if (statement > 0) {
                parameters.add(person.value()); // the items' own person_id = ?
            }
            parameters.add(person.value());
            parameters.addAll(Arrays.asList(more));
        }
        return Query.of(statements, parameters, results -> {
            List<CarePlanRow> plans = results.next(CarePlanRow::of);
            List<WhatMattersItem> whatMatters = results.next(PlanRows::whatMatters);
            List<Goal> goals = results.next(PlanRows::goal);
            List<PlanAction> actions = results.next(PlanRows::action);
            return plans.stream().findFirst().map(row -> row.plan(person, whatMatters, goals, actions));
        });
    }

    private static String items(String table, String columns, String plan) {
        return "select " + columns + ", " + PlanRows.AUDIT_COLUMNS + " from " + table
                + " where person_id = ? and plan_id = " + plan + " order by position";
    }

    /** A care_plan row, before its items are attached. */
    private record CarePlanRow(UUID id, PlanStatus status, long version, int agreedVersion, LocalDate reviewDate,
            String contingency, String closeReason, Stamp created, Stamp updated) {

        static CarePlanRow of(ResultSet rs, int row) throws SQLException {
            return new CarePlanRow(rs.getObject("id", UUID.class), PlanStatus.valueOf(rs.getString("status")),
                    rs.getLong("version"), rs.getInt("agreed_version"), rs.getObject("review_date", LocalDate.class),
                    rs.getString("contingency"), rs.getString("close_reason"), PlanRows.created(rs),
                    PlanRows.updated(rs));
        }

        CarePlan plan(PersonId person, List<WhatMattersItem> whatMatters, List<Goal> goals, List<PlanAction> actions) {
            return new CarePlan(id, person, status, version, agreedVersion, reviewDate, contingency, closeReason,
                    created, updated, whatMatters, goals, actions);
        }
    }
}
