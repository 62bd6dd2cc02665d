package care.whatmatters.person.persistence;

import care.whatmatters.person.ConnectedRecord;
import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores what connected systems exchange beside the demographics: other identifiers, phone and address. */
@Repository
public class ConnectedDetailsRepository {

    private final JdbcClient jdbc;
    private final Queries queries;

    ConnectedDetailsRepository(JdbcClient jdbc, Queries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * Replaces a person's contact details and other identifiers. Answers the identifiers that could not be
     * stored because they already name someone else (the caller then refuses the change, and its transaction
     * is rolled back).
     */
    public List<OtherIdentifier> save(PersonId person, List<OtherIdentifier> identifiers, ContactDetails contact) {
        jdbc.sql("update person set phone = ?, address_line = ?, address_city = ?, address_country = ? where id = ?")
                .params(contact.phone(), contact.addressLine(), contact.city(), contact.country(), person.value())
                .update();
        jdbc.sql("delete from person_identifier where person_id = ?").param(person.value()).update();
        return add(person, identifiers);
    }

    /**
     * Adds identifiers to a person; answers those already naming someone else. One statement for any number:
     * the unique index on (system, value) decides, so there is no separate check to race with, and a taken
     * identifier does not abort the transaction, so the caller can say which one it was.
     */
    private List<OtherIdentifier> add(PersonId person, List<OtherIdentifier> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(person.value()));
        parameters.addAll(identifierArrays(identifiers));
        List<OtherIdentifier> stored = jdbc.sql(insertIdentifiers("?", "")).params(parameters)
                .query((rs, n) -> new OtherIdentifier(rs.getString(1), rs.getString(2))).list();
        return notStored(identifiers, stored);
    }

    /**
     * The insert of a person's other identifiers from the two arrays of {@link #identifierArrays}, answering those
     * stored: {@code person} is the SQL for the person's id, {@code from} any rows to join before the arrays (a
     * {@code WITH} part that has just inserted the person, say). The unique index on (system, value) decides.
     */
    static String insertIdentifiers(String person, String from) {
        return "insert into person_identifier (person_id, system, value)\n"
                + "select " + person + ", t.system, t.value from " + from + "unnest(?::text[], ?::text[]) as t(system, value)\n"
                + "on conflict (system, value) do nothing\n"
                + "returning system, value";
    }

    /** The systems and the values, as the two arrays {@link #insertIdentifiers} binds. */
    static List<Object> identifierArrays(List<OtherIdentifier> identifiers) {
        return List.of(identifiers.stream().map(OtherIdentifier::system).toArray(String[]::new),
                identifiers.stream().map(OtherIdentifier::value).toArray(String[]::new));
    }

    /** The identifiers sent that were not stored, because they already name someone else. */
    static List<OtherIdentifier> notStored(List<OtherIdentifier> sent, List<OtherIdentifier> stored) {
        return sent.stream().filter(i -> !stored.contains(i)).toList();
    }

    /**
     * People as connected systems exchange them, live records only, in the order asked: demographics, contact
     * details, version and other identifiers in one round trip (a FHIR Patient read is this one statement).
     */
    public List<ConnectedRecord> records(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return queries.one(recordsQuery(people));
    }

    /** As {@link #records}, as a query to send with others (never for an empty collection). */
    public Query<List<ConnectedRecord>> recordsQuery(Collection<PersonId> people) {
        return Query.list("select " + PersonRows.COLUMNS + """
                , phone, address_line, address_city, address_country, version,
                  array(select i.system from person_identifier i where i.person_id = person.id
                        order by i.system, i.value) as identifier_systems,
                  array(select i.value from person_identifier i where i.person_id = person.id
                        order by i.system, i.value) as identifier_values
                from person where id = any(?) and voided_at is null""", ConnectedDetailsRepository::record,
                (Object) ids(people)).map(found -> PersonRows.inOrderAsked(found, people, r -> r.person().id()));
    }

    private static ConnectedRecord record(ResultSet rs, int row) throws SQLException {
        String[] systems = (String[]) rs.getArray("identifier_systems").getArray();
        String[] values = (String[]) rs.getArray("identifier_values").getArray();
        List<OtherIdentifier> identifiers = new java.util.ArrayList<>();
        for (int i = 0; i < systems.length; i++) {
            identifiers.add(new OtherIdentifier(systems[i], values[i]));
        }
        return new ConnectedRecord(PersonRows.person(rs, row), List.copyOf(identifiers),
                new ContactDetails(rs.getString("phone"), rs.getString("address_line"),
                        rs.getString("address_city"), rs.getString("address_country")),
                rs.getLong("version"));
    }

    /**
     * Of the given people (those the caller may see), the ids matching the criteria, most recently changed
     * first. Null criteria match everyone; answers ids only, reading them is a separate, audited step.
     */
    public List<PersonId> matching(Collection<PersonId> among, UUID id, Optional<OtherIdentifier> identifier,
            String nhsNumber, Instant updatedFrom, Instant updatedTo) {
        if (among.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select p.id from person p where p.id = any(?) and p.voided_at is null");
        List<Object> params = new java.util.ArrayList<>();
        params.add(ids(among));
        if (id != null) {
            sql.append(" and p.id = ?");
            params.add(id);
        }
        if (nhsNumber != null) {
            sql.append(" and p.nhs_number = ?");
            params.add(nhsNumber);
        }
        identifier.ifPresent(i -> {
            sql.append(" and exists (select 1 from person_identifier x where x.person_id = p.id and x.value = ?");
            params.add(i.value());
            if (i.system() != null) {
                sql.append(" and x.system = ?");
                params.add(i.system());
            }
            sql.append(")");
        });
        if (updatedFrom != null) {
            sql.append(" and p.updated_at >= ?");
            params.add(Timestamp.from(updatedFrom));
        }
        if (updatedTo != null) {
            sql.append(" and p.updated_at < ?");
            params.add(Timestamp.from(updatedTo));
        }
        sql.append(" order by p.updated_at desc, p.id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    private static UUID[] ids(Collection<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
