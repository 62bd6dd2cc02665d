package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.shared.PersonId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores what connected systems exchange beside the demographics: other identifiers, phone and address. */
@Repository
public class ConnectedDetailsRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ConnectedDetailsRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void save(PersonId person, List<OtherIdentifier> identifiers, ContactDetails contact) {
        jdbc.sql("update person set phone = ?, address_line = ?, address_city = ?, address_country = ? where id = ?")
                .params(contact.phone(), contact.addressLine(), contact.city(), contact.country(), person.value())
                .update();
        jdbc.sql("delete from person_identifier where person_id = ?").param(person.value()).update();
        batch.batchUpdate("insert into person_identifier (person_id, system, value) values (?, ?, ?)", identifiers,
                100, (ps, i) -> {
                    ps.setObject(1, person.value());
                    ps.setString(2, i.system());
                    ps.setString(3, i.value());
                });
    }

    /** Whether the identifier already names someone other than {@code except} (null: anyone). */
    public boolean identifierInUse(OtherIdentifier identifier, PersonId except) {
        return jdbc.sql("select exists (select 1 from person_identifier where system = ? and value = ? and person_id <> ?)")
                .params(identifier.system(), identifier.value(),
                        except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class).single();
    }

    /** Contact details and the record's version, per person. */
    public Map<PersonId, Contact> contacts(Collection<PersonId> people) {
        Map<PersonId, Contact> found = new HashMap<>();
        jdbc.sql("select id, phone, address_line, address_city, address_country, version from person where id = any(?)")
                .param(ids(people))
                .query(rs -> {
                    found.put(new PersonId(rs.getObject(1, UUID.class)), new Contact(new ContactDetails(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)), rs.getLong(6)));
                });
        return found;
    }

    public record Contact(ContactDetails details, long version) {
    }

    public Map<PersonId, List<OtherIdentifier>> identifiers(Collection<PersonId> people) {
        Map<PersonId, List<OtherIdentifier>> found = new HashMap<>();
        jdbc.sql("select person_id, system, value from person_identifier where person_id = any(?) order by system, value")
                .param(ids(people))
                .query(rs -> {
                    found.computeIfAbsent(new PersonId(rs.getObject(1, UUID.class)), k -> new java.util.ArrayList<>())
                            .add(new OtherIdentifier(rs.getString(2), rs.getString(3)));
                });
        return found;
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
