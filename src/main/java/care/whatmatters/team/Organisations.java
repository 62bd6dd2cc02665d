package care.whatmatters.team;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PractitionerId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Registers organisations and the practitioners who work for them. */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID register(String name, String odsCode, String kind) {
        UUID id = Ids.newId();
        jdbc.sql("insert into organisation (id, name, ods_code, kind) values (?, ?, ?, ?)")
                .params(id, FreeText.required("name", name, FreeText.LINE), odsCode,
                        FreeText.required("kind", kind, FreeText.LINE))
                .update();
        return id;
    }

    /** Organisation names by id, for labelling reports. */
    public java.util.Map<UUID, String> names() {
        java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from organisation order by name")
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    public PractitionerId registerPractitioner(String name, Profession profession, UUID organisation) {
        PractitionerId id = PractitionerId.newId();
        jdbc.sql("insert into practitioner (id, name, profession, organisation_id, created_at) values (?, ?, ?, ?, ?)")
                .params(id.value(), FreeText.required("name", name, FreeText.LINE), profession.name(), organisation,
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }
}
