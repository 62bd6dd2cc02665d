package care.whatmatters.access;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Logins and the people each login may act for. */
@Service
public class Accounts {

    private static final String COLUMNS = "id, username, display_name, role, practitioner_id, person_id, enabled";

    private final JdbcClient jdbc;
    private final CareTeams careTeams;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(JdbcClient jdbc, CareTeams careTeams, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.careTeams = careTeams;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A new account. A PRACTITIONER account names its practitioner; a PERSON account names its person. */
    public Account create(String username, String rawPassword, String displayName, Role role,
            PractitionerId practitioner, PersonId person) {
        if (find(username).isPresent()) {
            throw new ConflictException("An account called '" + username + "' already exists.");
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into account (id, username, password_hash, display_name, role, practitioner_id, person_id,
                  enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?)""")
                .params(id, username, passwords.encode(rawPassword), displayName, role.name(),
                        practitioner == null ? null : practitioner.value(), person == null ? null : person.value(),
                        Timestamp.from(clock.instant()))
                .update();
        return find(username).orElseThrow();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where username = ?")
                .param(username)
                .query(this::account).optional();
    }

    /** The stored password hash, for the login check only. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).optional();
    }

    /** Lets an account act for a person: the person named them as a representative or carer. */
    public void allowToActFor(UUID account, PersonId person) {
        jdbc.sql("""
                insert into account_acts_for (account_id, person_id, granted_at) values (?, ?, ?)
                on conflict (account_id, person_id) do update set revoked_at = null, granted_at = excluded.granted_at""")
                .params(account, person.value(), Timestamp.from(clock.instant()))
                .update();
    }

    /** The people an account may act for (as a representative or carer). */
    public java.util.List<PersonId> peopleActedFor(UUID account) {
        return jdbc.sql("select person_id from account_acts_for where account_id = ? and revoked_at is null")
                .param(account)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    boolean actsFor(UUID account, PersonId person) {
        return jdbc.sql("""
                select exists (select 1 from account_acts_for
                  where account_id = ? and person_id = ? and revoked_at is null)""")
                .params(account, person.value())
                .query(Boolean.class).single();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
        UUID person = rs.getObject("person_id", UUID.class);
        PractitionerId practitioner = practitionerId == null ? null : new PractitionerId(practitionerId);
        // A practitioner is described by their profession ("Occupational therapist"), anyone else by role.
        String title = practitioner == null ? role.label() : careTeams.practitioner(practitioner).profession().label();
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                role, title, practitioner, person == null ? null : new PersonId(person), rs.getBoolean("enabled"));
    }
}
