package care.whatmatters.team;

import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.shared.SqlCondition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care team membership: who is in whose team. Callers check that the acting user may change a person's
 * record before calling the changing methods here; this class only keeps the relationship consistent.
 */
@Service
public class CareTeams {

    /** A practitioner with their organisation's name, as {@link #practitioner(ResultSet, int)} reads it. */
    private static final String PRACTITIONERS = """
            select p.id as practitioner_id, p.name, p.profession, o.name as organisation
            from practitioner p left join organisation o on o.id = p.organisation_id""";

    private static final String MEMBER_COLUMNS = """
            m.id, m.person_id, m.team_role, m.is_lead, m.started_at,
            p.id as practitioner_id, p.name, p.profession, o.name as organisation""";

    private final JdbcClient jdbc;
    private final Queries queries;
    private final Clock clock;

    CareTeams(JdbcClient jdbc, Queries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    /** Whether a practitioner is an active member of a person's team; parameters: person, practitioner. */
    private static final String MEMBERSHIP = """
            exists (select 1 from care_team_member
              where person_id = ? and practitioner_id = ? and ended_at is null)""";

    /** The legitimate-relationship check, on the hot path of every record access. */
    public boolean isMember(PractitionerId practitioner, PersonId person) {
        return jdbc.sql("select " + MEMBERSHIP).params(person.value(), practitioner.value())
                .query(Boolean.class).single();
    }

    /**
     * The same check as {@link #isMember}, for another module to ask inside its own statement: the access
     * decision asks it within the audit entry's insert, so the commonest decision costs one round trip.
     */
    public SqlCondition membership(PractitionerId practitioner, PersonId person) {
        return new SqlCondition(MEMBERSHIP, List.of(person.value(), practitioner.value()));
    }

    @Transactional
    public CareTeamMember join(PersonId person, PractitionerId practitioner, String teamRole, boolean lead,
            String addedBy) {
        String role = FreeText.required("teamRole", teamRole, FreeText.LINE);
        UUID id = Ids.newId();
        Instant since = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        // One statement: who the practitioner is, and the membership added only if they exist and are not
        // already a member (every registration makes one, so a round trip saved here is saved on each).
        record Joined(Practitioner who, boolean added) {
        }
        Joined joined = jdbc.sql("with who as (" + PRACTITIONERS + " where p.id = ?),\n" + """
                added as (
                  insert into care_team_member (id, person_id, practitioner_id, team_role, is_lead, started_at, started_by)
                  select ?, ?, who.practitioner_id, ?, ?, ?, ? from who
                  where not exists (select 1 from care_team_member
                    where person_id = ? and practitioner_id = who.practitioner_id and ended_at is null)
                  returning id)
                select who.*, exists (select 1 from added) as added from who""")
                .params(practitioner.value(), id, person.value(), role, lead, Timestamp.from(since), addedBy,
                        person.value())
                .query((rs, n) -> new Joined(practitioner(rs, n), rs.getBoolean("added"))).optional()
                .orElseThrow(() -> new NotFoundException("No practitioner has that id."));
        if (!joined.added()) {
            throw new ConflictException("This practitioner is already in the care team.");
        }
        return new CareTeamMember(id, person, joined.who(), role, lead, since);
    }

    @Transactional
    public void leave(PersonId person, UUID membershipId, String reason, String endedBy) {
        String why = FreeText.required("reason", reason, FreeText.SHORT);
        int changed = jdbc.sql("""
                update care_team_member set ended_at = ?, ended_by = ?, end_reason = ?
                where id = ? and person_id = ? and ended_at is null""")
                .params(Timestamp.from(clock.instant()), endedBy, why, membershipId, person.value())
                .update();
        if (changed == 0) {
            throw new NotFoundException("That care team membership does not exist or has already ended.");
        }
    }

    public List<CareTeamMember> members(PersonId person) {
        return queries.one(membersQuery(person));
    }

    /** As {@link #members}, as a query to send with others (a FHIR {@code $everything}). */
    public Query<List<CareTeamMember>> membersQuery(PersonId person) {
        return Query.list("select " + MEMBER_COLUMNS + " " + """
                from care_team_member m join practitioner p on p.id = m.practitioner_id
                left join organisation o on o.id = p.organisation_id
                where m.person_id = ? and m.ended_at is null order by m.is_lead desc, m.started_at""",
                CareTeams::member, person.value());
    }

    /** The people whose care teams a practitioner is in. */
    public List<PersonId> caseload(PractitionerId practitioner) {
        return jdbc.sql("""
                select person_id from care_team_member
                where practitioner_id = ? and ended_at is null order by started_at desc""")
                .param(practitioner.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    public Practitioner practitioner(PractitionerId id) {
        return jdbc.sql(PRACTITIONERS + " where p.id = ?")
                .param(id.value())
                .query(CareTeams::practitioner).optional()
                .orElseThrow(() -> new NotFoundException("No practitioner has that id."));
    }

    /** The organisation a practitioner works for, for counting activity by organisation. */
    public Optional<UUID> organisationOf(PractitionerId id) {
        return jdbc.sql("select organisation_id from practitioner where id = ?").param(id.value())
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional();
    }

    public List<Practitioner> allPractitioners() {
        return jdbc.sql(PRACTITIONERS + " order by p.name")
                .query(CareTeams::practitioner).list();
    }

    private static CareTeamMember member(ResultSet rs, int row) throws SQLException {
        return new CareTeamMember(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                practitioner(rs, row), rs.getString("team_role"), rs.getBoolean("is_lead"),
                rs.getTimestamp("started_at").toInstant());
    }

    private static Practitioner practitioner(ResultSet rs, int row) throws SQLException {
        return new Practitioner(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                rs.getString("name"), Profession.valueOf(rs.getString("profession")), rs.getString("organisation"));
    }
}
