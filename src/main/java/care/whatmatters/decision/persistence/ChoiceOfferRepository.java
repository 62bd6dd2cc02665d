package care.whatmatters.decision.persistence;

import care.whatmatters.decision.domain.ChoiceExclusion;
import care.whatmatters.decision.domain.ChoiceOffer;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Choice offers, append-only: a later offer for the same subject is read as the current one. */
@Repository
public class ChoiceOfferRepository {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChoiceOfferRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(ChoiceOffer o) {
        jdbc.sql("""
                insert into choice_offer (id, person_id, subject, subject_id, offered, providers_offered, provider_chosen,
                  exclusion, exclusion_detail, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
                .params(o.id(), o.person().value(), o.subject().name(), o.subjectId(), o.offered(),
                        json.writeValueAsString(o.providersOffered()), o.providerChosen(),
                        o.exclusion() == null ? null : o.exclusion().name(), o.exclusionDetail(),
                        Timestamp.from(o.recorded().at()), o.recorded().by())
                .update();
    }

    public List<ChoiceOffer> all(PersonId person) {
        return jdbc.sql("select * from choice_offer where person_id = ? order by recorded_at desc")
                .param(person.value()).query(this::offer).list();
    }

    private ChoiceOffer offer(ResultSet rs, int row) throws SQLException {
        String exclusion = rs.getString("exclusion");
        return new ChoiceOffer(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                ChoiceOffer.Subject.valueOf(rs.getString("subject")), rs.getObject("subject_id", UUID.class),
                rs.getBoolean("offered"), json.readValue(rs.getString("providers_offered"), NAMES),
                rs.getString("provider_chosen"), exclusion == null ? null : ChoiceExclusion.valueOf(exclusion),
                rs.getString("exclusion_detail"),
                new Stamp(rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
    }
}
