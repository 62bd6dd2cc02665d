package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.AboutMe;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.shared.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores About Me versions; a version is written once and never changed. */
@Repository
public class AboutMeRepository {

    private static final String COLUMNS = """
            version, what_matters_to_me, people_important_to_me, how_i_communicate, my_wellness, please_do_and_dont,
            how_and_when_to_support_me, also_worth_knowing, supported_to_write_by, written_by, written_by_role,
            written_by_person, written_at""";

    private final JdbcClient jdbc;

    AboutMeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version's query; its one parameter is the person. */
    static final String CURRENT = "select " + COLUMNS + " from about_me_version where person_id = ? "
            + "order by version desc limit 1";

    public Optional<AboutMeVersion> current(PersonId person) {
        return jdbc.sql(CURRENT)
                .param(person.value()).query(AboutMeRepository::version).optional();
    }

    public List<AboutMeVersion> history(PersonId person) {
        return jdbc.sql("select " + COLUMNS + " from about_me_version where person_id = ? order by version desc")
                .param(person.value()).query(AboutMeRepository::version).list();
    }

    /**
     * Appends a version. Answers false when that version number was taken in the meantime: someone else
     * saved first, and the primary key keeps the two from overwriting each other.
     */
    public boolean append(PersonId person, AboutMeVersion v) {
        AboutMe a = v.aboutMe();
        try {
            jdbc.sql("""
                    insert into about_me_version (person_id, version, what_matters_to_me, people_important_to_me,
                      how_i_communicate, my_wellness, please_do_and_dont, how_and_when_to_support_me, also_worth_knowing,
                      supported_to_write_by, written_by, written_by_role, written_by_person, written_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(person.value(), v.version(), a.whatMattersToMe(), a.peopleImportantToMe(),
                            a.howICommunicate(), a.myWellness(), a.pleaseDoAndDont(), a.howAndWhenToSupportMe(),
                            a.alsoWorthKnowing(), a.supportedToWriteBy(), v.writtenBy(), v.writtenByRole(),
                            v.byPerson(), Timestamp.from(v.writtenAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    static AboutMeVersion version(ResultSet rs, int row) throws SQLException {
        AboutMe aboutMe = new AboutMe(rs.getString("what_matters_to_me"), rs.getString("people_important_to_me"),
                rs.getString("how_i_communicate"), rs.getString("my_wellness"), rs.getString("please_do_and_dont"),
                rs.getString("how_and_when_to_support_me"), rs.getString("also_worth_knowing"),
                rs.getString("supported_to_write_by"));
        return new AboutMeVersion(rs.getInt("version"), aboutMe, rs.getString("written_by"),
                rs.getString("written_by_role"), rs.getBoolean("written_by_person"),
                rs.getTimestamp("written_at").toInstant());
    }
}
