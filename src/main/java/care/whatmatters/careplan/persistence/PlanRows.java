package care.whatmatters.careplan.persistence;

import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.Goal;
import care.whatmatters.careplan.domain.PlanAction;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

/** Maps plan item rows to the domain. */
final class PlanRows {

    static final String AUDIT_COLUMNS = "created_at, created_by, updated_at, updated_by, voided_at, voided_by, void_reason";

    private PlanRows() {
    }

    static WhatMattersItem whatMatters(ResultSet rs, int row) throws SQLException {
        return new WhatMattersItem(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("text"),
                created(rs), updated(rs), voided(rs));
    }

    static Goal goal(ResultSet rs, int row) throws SQLException {
        return new Goal(rs.getObject("id", UUID.class), rs.getObject("what_matters_id", UUID.class),
                rs.getInt("position"), rs.getString("text"), created(rs), updated(rs), voided(rs));
    }

    static PlanAction action(ResultSet rs, int row) throws SQLException {
        return new PlanAction(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
                rs.getInt("position"), rs.getString("description"), rs.getString("owner"),
                rs.getObject("due_date", LocalDate.class), SupportComponent.valueOf(rs.getString("component")),
                ActionProgress.valueOf(rs.getString("progress")), created(rs), updated(rs), voided(rs));
    }

    static Stamp created(ResultSet rs) throws SQLException {
        return new Stamp(rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    static Stamp updated(ResultSet rs) throws SQLException {
        return new Stamp(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static Voiding voided(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("voided_at");
        return at == null ? null : new Voiding(rs.getString("voided_by"), at.toInstant(), rs.getString("void_reason"));
    }

    static Timestamp ts(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
