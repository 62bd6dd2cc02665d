package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.Representative;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the representatives and carers a person names. */
@Repository
public class RepresentativeRepository {

    private final JdbcClient jdbc;

    RepresentativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId person, Representative r) {
        jdbc.sql("""
                insert into representative (id, person_id, name, relationship, contact, is_carer, has_legal_authority,
                  created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), person.value(), r.name(), r.relationship(), r.contact(), r.carer(), r.legalAuthority(),
                        Timestamp.from(r.added().at()), r.added().by())
                .update();
    }

    public boolean markVoided(PersonId person, UUID id, Voiding voiding) {
        return jdbc.sql("""
                update representative set voided_at = ?, voided_by = ?, void_reason = ?
                where id = ? and person_id = ? and voided_at is null""")
                .params(Timestamp.from(voiding.at()), voiding.by(), voiding.reason(), id, person.value())
                .update() == 1;
    }

    /** The people acting for the person now; its one parameter is the person. */
    static final String CURRENT = """
            select id, name, relationship, contact, is_carer, has_legal_authority, created_at, created_by
            from representative where person_id = ? and voided_at is null order by created_at""";

    public List<Representative> current(PersonId person) {
        return jdbc.sql(CURRENT).param(person.value()).query(RepresentativeRepository::representative).list();
    }

    static Representative representative(ResultSet rs, int row) throws SQLException {
        return new Representative(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("relationship"), rs.getString("contact"), rs.getBoolean("is_carer"),
                rs.getBoolean("has_legal_authority"),
                new Stamp(rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()));
    }
}
