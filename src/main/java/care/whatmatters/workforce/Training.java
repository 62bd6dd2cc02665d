package care.whatmatters.workforce;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PractitionerId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Practitioners' training in personalised care (which module, when, from whom), counted against the
 * workforce target. Workforce data is about staff, not the people they care for.
 */
@Service
public class Training {

    private final JdbcClient jdbc;
    private final Clock clock;

    Training(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A completed training module. */
    public record Completed(UUID id, String module, LocalDate completedOn, String provider) {
    }

    public Completed record(PractitionerId practitioner, String module, LocalDate completedOn, String provider) {
        new InputCheck().requiredText("module", module, FreeText.LINE).required("completedOn", completedOn)
                .requiredText("provider", provider, FreeText.LINE)
                .that(completedOn == null || !completedOn.isAfter(LocalDate.now(clock)), "completedOn",
                        "cannot be in the future")
                .orThrow();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into practitioner_training (id, practitioner_id, module, completed_on, provider, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, practitioner.value(), module, completedOn, provider, Timestamp.from(clock.instant()))
                .update();
        return new Completed(id, module, completedOn, provider);
    }

    public List<Completed> of(PractitionerId practitioner) {
        return jdbc.sql("""
                select id, module, completed_on, provider from practitioner_training
                where practitioner_id = ? order by completed_on desc""")
                .param(practitioner.value())
                .query((rs, n) -> new Completed(rs.getObject("id", UUID.class), rs.getString("module"),
                        rs.getObject("completed_on", LocalDate.class), rs.getString("provider")))
                .list();
    }

    /** How many practitioners had completed at least one module by {@code day}. */
    public long practitionersTrainedBy(LocalDate day) {
        return jdbc.sql("select count(distinct practitioner_id) from practitioner_training where completed_on <= ?")
                .param(day).query(Long.class).single();
    }
}
