package care.whatmatters.directory.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which organisation each directory editor's account maintains. */
@Repository
public class EditorRepository {

    private final JdbcClient jdbc;

    EditorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void link(UUID account, UUID organisation, String by, Instant at) {
        jdbc.sql("""
                insert into directory_editor (account_id, organisation_id, linked_at, linked_by) values (?, ?, ?, ?)
                on conflict (account_id) do update set organisation_id = excluded.organisation_id,
                  linked_at = excluded.linked_at, linked_by = excluded.linked_by""")
                .params(account, organisation, Timestamp.from(at), by).update();
    }

    public Optional<UUID> organisationOf(UUID account) {
        return jdbc.sql("select organisation_id from directory_editor where account_id = ?").param(account)
                .query(UUID.class).optional();
    }
}
