package care.whatmatters.budget.persistence;

import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading and writing the columns every budget table shares. */
final class Rows {

    private Rows() {
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        return new Stamp(rs.getString(prefix + "_by"), rs.getTimestamp(prefix + "_at").toInstant());
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        long pence = rs.getLong(column);
        return rs.wasNull() ? null : Money.ofPence(pence);
    }

    static Long pence(Money money) {
        return money == null ? null : money.pence();
    }

    static Voiding voided(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("voided_at");
        return at == null ? null : new Voiding(rs.getString("voided_by"), at.toInstant(), rs.getString("void_reason"));
    }
}
