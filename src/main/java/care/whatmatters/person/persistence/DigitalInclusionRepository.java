package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores digital inclusion assessments; each is kept, the latest is current. */
@Repository
public class DigitalInclusionRepository {

    private final JdbcClient jdbc;

    DigitalInclusionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId person, DigitalInclusion d) {
        jdbc.sql("""
                insert into digital_inclusion (id, person_id, skills, confidence, device_access, internet_access,
                  support_wanted, assessed_at, assessed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), person.value(), d.skills().name(), d.confidence().name(),
                        d.deviceAccess().name(), d.internetAccess().name(), d.supportWanted(),
                        Timestamp.from(d.assessedAt()), d.assessedBy())
                .update();
    }

    /** The latest assessment's query; its one parameter is the person. */
    static final String CURRENT = """
            select skills, confidence, device_access, internet_access, support_wanted, assessed_at, assessed_by
            from digital_inclusion where person_id = ? order by assessed_at desc limit 1""";

    public Optional<DigitalInclusion> current(PersonId person) {
        return jdbc.sql(CURRENT).param(person.value()).query(DigitalInclusionRepository::assessment).optional();
    }

    static DigitalInclusion assessment(ResultSet rs, int row) throws SQLException {
        return new DigitalInclusion(
                DigitalInclusion.Skills.valueOf(rs.getString("skills")),
                DigitalInclusion.Confidence.valueOf(rs.getString("confidence")),
                DigitalInclusion.DeviceAccess.valueOf(rs.getString("device_access")),
                DigitalInclusion.InternetAccess.valueOf(rs.getString("internet_access")),
                rs.getString("support_wanted"), rs.getString("assessed_by"),
                rs.getTimestamp("assessed_at").toInstant());
    }
}
