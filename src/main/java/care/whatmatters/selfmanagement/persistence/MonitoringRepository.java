package care.whatmatters.selfmanagement.persistence;

import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents to sources, readings (stored once per source and source id) and targets. */
@Repository
public class MonitoringRepository {

    private final JdbcClient jdbc;
    private final Queries queries;

    MonitoringRepository(JdbcClient jdbc, Queries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Answers false when the person already has active consent to this source. */
    public boolean insert(SourceConsent c) {
        return jdbc.sql("""
                insert into monitoring_consent (id, person_id, source, name, by_person, given_at, given_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (person_id, source) where withdrawn_at is null do nothing""")
                .params(c.id(), c.person().value(), c.source(), c.name(), c.byPerson(),
                        Timestamp.from(c.given().at()), c.given().by())
                .update() == 1;
    }

    public boolean withdraw(PersonId person, UUID consent, Stamp stamp) {
        return jdbc.sql("""
                update monitoring_consent set withdrawn_at = ?, withdrawn_by = ?
                where person_id = ? and id = ? and withdrawn_at is null""")
                .params(Timestamp.from(stamp.at()), stamp.by(), person.value(), consent).update() == 1;
    }

    public List<SourceConsent> consents(PersonId person) {
        return queries.one(consentsQuery(person));
    }

    /** As {@link #consents}, as a query to send with others. */
    public Query<List<SourceConsent>> consentsQuery(PersonId person) {
        return Query.list("select * from monitoring_consent where person_id = ? order by given_at desc",
                (rs, n) -> new SourceConsent(rs.getObject("id", UUID.class), person, rs.getString("source"),
                        rs.getString("name"), rs.getBoolean("by_person"),
                        new Stamp(rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()),
                        rs.getTimestamp("withdrawn_at") == null ? null : new Stamp(rs.getString("withdrawn_by"),
                                rs.getTimestamp("withdrawn_at").toInstant())),
                person.value());
    }

    /** Stores a reading unless the same source already sent one with this id; answers whether it was new. */
    public boolean insert(Reading r) {
        return jdbc.sql("""
                insert into monitoring_reading (id, person_id, kind, value, second_value, effective_at, source,
                  source_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id, source, source_id) do nothing""")
                .params(r.id(), r.person().value(), r.kind().name(), r.value(), r.second(),
                        Timestamp.from(r.effectiveAt()), r.source(), r.sourceId(), Timestamp.from(r.receivedAt()))
                .update() == 1;
    }

    /** The latest readings of the person, at most {@code limit} of each kind, oldest first. */
    public List<Reading> readings(PersonId person, int limit) {
        return jdbc.sql("""
                select * from (
                  select r.*, row_number() over (partition by kind order by effective_at desc) as n
                  from monitoring_reading r where person_id = ?) latest
                where n <= ? order by kind, effective_at""")
                .params(person.value(), limit)
                .query(MonitoringRepository::reading).list();
    }

    /** All the person's readings, oldest first (for the FHIR API, which pages them). */
    public List<Reading> allReadings(PersonId person) {
        return queries.one(allReadingsQuery(person));
    }

    /** As {@link #allReadings}, as a query to send with others. */
    public Query<List<Reading>> allReadingsQuery(PersonId person) {
        return Query.list("select * from monitoring_reading where person_id = ? order by effective_at, id",
                MonitoringRepository::reading, person.value());
    }

    /** Whose reading this is: an id only, so that reading it can be checked against that person. */
    public java.util.Optional<PersonId> ownerOfReading(java.util.UUID id) {
        return jdbc.sql("select person_id from monitoring_reading where id = ?").param(id)
                .query((rs, n) -> new PersonId(rs.getObject(1, java.util.UUID.class))).optional();
    }

    public void replace(MonitoringTarget t) {
        jdbc.sql("update monitoring_target set superseded_at = ? where person_id = ? and kind = ? and superseded_at is null")
                .params(Timestamp.from(t.set().at()), t.person().value(), t.kind().name()).update();
        jdbc.sql("""
                insert into monitoring_target (id, person_id, kind, goal_id, direction, value, set_at, set_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.person().value(), t.kind().name(), t.goal(), t.direction().name(), t.value(),
                        Timestamp.from(t.set().at()), t.set().by())
                .update();
    }

    public List<MonitoringTarget> targets(PersonId person) {
        return jdbc.sql("select * from monitoring_target where person_id = ? and superseded_at is null")
                .param(person.value())
                .query((rs, n) -> new MonitoringTarget(rs.getObject("id", UUID.class), person,
                        ReadingKind.valueOf(rs.getString("kind")), rs.getObject("goal_id", UUID.class),
                        MonitoringTarget.Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("value"),
                        new Stamp(rs.getString("set_by"), rs.getTimestamp("set_at").toInstant())))
                .list();
    }

    private static Reading reading(ResultSet rs, int row) throws SQLException {
        return new Reading(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                ReadingKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value"), rs.getBigDecimal("second_value"),
                instant(rs, "effective_at"), rs.getString("source"), rs.getString("source_id"),
                instant(rs, "received_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /** Whose consent this is, for a reader who knows only its id (the access check comes after). */
    public java.util.Optional<PersonId> personOfConsent(UUID id) {
        return jdbc.sql("select person_id from monitoring_consent where id = ?").param(id).query(UUID.class)
                .optional().map(PersonId::new);
    }
}
