package care.whatmatters.reporting.persistence;

import care.whatmatters.shared.PersonId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The de-identified projection of each person. */
@Repository
public class ReportPeopleRepository {

    private final JdbcClient jdbc;

    ReportPeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records or replaces what is known of a person's demographics, keeping their digital inclusion. */
    static final String SAVE = """
            insert into report_person (person_id, district, deprivation_decile, ethnic_group, birth_month, sex,
              disability, data_opt_out, synthetic)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (person_id) do update set district = excluded.district,
              deprivation_decile = excluded.deprivation_decile, ethnic_group = excluded.ethnic_group,
              birth_month = excluded.birth_month, sex = excluded.sex, disability = excluded.disability,
              data_opt_out = excluded.data_opt_out""";

    /** See {@link #SAVE}. */
    public void save(PersonId person, ReportPerson p) {
        jdbc.sql(SAVE).params(values(person, p)).update();
    }

    /** Binds {@link #SAVE}'s parameters from the first; answers how many it bound. */
    static int bind(PreparedStatement ps, PersonId person, ReportPerson p) throws SQLException {
        Object[] values = values(person, p);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        return values.length;
    }

    /** {@link #SAVE}'s parameters, in order. */
    private static Object[] values(PersonId person, ReportPerson p) {
        return new Object[] {person.value(), p.district(), p.deprivationDecile(), p.ethnicGroup(), p.birthMonth(),
            p.sex(), p.disability(), p.dataOptOut(), p.synthetic()};
    }

    public void digitalInclusion(PersonId person, boolean excluded) {
        jdbc.sql("update report_person set digitally_excluded = ? where person_id = ?")
                .params(excluded, person.value()).update();
    }

    /** Marks a person voided and asks the aggregator to take their facts back out of the counts. */
    public void markVoided(PersonId person, java.time.Instant at) {
        jdbc.sql("update report_person set voided = true where person_id = ?").param(person.value()).update();
        jdbc.sql("insert into report_retraction (person_id, requested_at) values (?, ?) on conflict do nothing")
                .params(person.value(), java.sql.Timestamp.from(at)).update();
    }

    /** People whose facts are to be taken back out of the counts. */
    public java.util.List<java.util.UUID> retractions() {
        return jdbc.sql("select person_id from report_retraction").query(java.util.UUID.class).list();
    }

    public void retracted(java.util.UUID person) {
        jdbc.sql("delete from report_retraction where person_id = ?").param(person).update();
    }

    public Optional<ReportPerson> find(PersonId person) {
        return jdbc.sql("select * from report_person where person_id = ?").param(person.value())
                .query((rs, n) -> {
                    int decile = rs.getInt("deprivation_decile");
                    Integer deprivation = rs.wasNull() ? null : decile;
                    boolean excluded = rs.getBoolean("digitally_excluded");
                    Boolean digital = rs.wasNull() ? null : excluded;
                    return new ReportPerson(rs.getString("district"), deprivation, rs.getString("ethnic_group"),
                            rs.getObject("birth_month", LocalDate.class), rs.getString("sex"),
                            rs.getString("disability"), digital, rs.getBoolean("data_opt_out"),
                            rs.getBoolean("synthetic"), rs.getBoolean("voided"));
                })
                .optional();
    }
}
