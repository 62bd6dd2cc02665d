package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.ContactDetails;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.OtherIdentifier;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores people. Voided people are kept but never returned by the finders. */
@Repository
public class PersonRepository {

    private static final String INSERT = """
            insert into person (id, nhs_number, given_name, family_name, date_of_birth, sex, gender, ethnicity,
              postcode, deprivation_decile, preferred_language, interpreter_needed, communication_needs, disability,
              data_opt_out, created_at, created_by, updated_at, updated_by, synthetic,
              phone, address_line, address_city, address_country)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a person; false, with nothing written, when a live record already has the NHS number. The check
     * is the unique index itself ({@code on conflict do nothing}), so it is race-free and costs no extra round
     * trip, and the transaction is not aborted by a refused insert.
     */
    public boolean insert(Person p) {
        return insert(p, ContactDetails.NONE, false);
    }

    /** Inserts a person; {@code synthetic} marks generated test people, who are never real. */
    public boolean insert(Person p, boolean synthetic) {
        return insert(p, ContactDetails.NONE, synthetic);
    }

    private boolean insert(Person p, ContactDetails contact, boolean synthetic) {
        return jdbc.sql(INSERT).params(values(p, contact, synthetic)).update() == 1;
    }

    /**
     * Inserts a person registered by a connected system together with the other identifiers it knows them by, in
     * one statement (one round trip): empty, with nothing written, when the person is refused (a live record has
     * the NHS number); else the identifiers that were not stored because they already name someone else.
     */
    public Optional<List<OtherIdentifier>> insert(Person p, ContactDetails contact, List<OtherIdentifier> identifiers) {
        List<Object> parameters = values(p, contact, false);
        parameters.addAll(ConnectedDetailsRepository.identifierArrays(identifiers));
        List<Object[]> rows = jdbc.sql("with person_row as (" + INSERT + " returning id),\n"
                + "stored as (" + ConnectedDetailsRepository.insertIdentifiers("p.id", "person_row p cross join ")
                + ")\nselect (select count(*) from person_row), s.system, s.value"
                + " from (select 1) as one left join stored s on true")
                .params(parameters)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        if ((Long) rows.getFirst()[0] == 0) {
            return Optional.empty();
        }
        List<OtherIdentifier> stored = rows.stream().filter(r -> r[1] != null)
                .map(r -> new OtherIdentifier((String) r[1], (String) r[2])).toList();
        return Optional.of(ConnectedDetailsRepository.notStored(identifiers, stored));
    }

    private static List<Object> values(Person p, ContactDetails contact, boolean synthetic) {
        Demographics d = p.demographics();
        return new ArrayList<>(Arrays.asList(p.id().value(), nhs(d), d.givenName(), d.familyName(), d.dateOfBirth(),
                PersonRows.name(d.sex()), d.gender(), PersonRows.name(d.ethnicity()),
                d.postcode() == null ? null : d.postcode().value(), d.deprivationDecile(),
                d.preferredLanguage(), d.interpreterNeeded(), d.communicationNeeds(),
                PersonRows.name(d.disability()), d.dataOptOut(),
                Timestamp.from(p.created().at()), p.created().by(), Timestamp.from(p.updated().at()),
                p.updated().by(), synthetic,
                contact.phone(), contact.addressLine(), contact.city(), contact.country()));
    }

    private static String nhs(Demographics d) {
        return d.nhsNumber() == null ? null : d.nhsNumber().value();
    }

    public long countSynthetic() {
        return jdbc.sql("select count(*) from person where synthetic").query(Long.class).single();
    }

    public void updateDemographics(Person p) {
        Demographics d = p.demographics();
        jdbc.sql("""
                update person set nhs_number = ?, given_name = ?, family_name = ?, date_of_birth = ?, sex = ?,
                  gender = ?, ethnicity = ?, postcode = ?, deprivation_decile = ?, preferred_language = ?,
                  interpreter_needed = ?, communication_needs = ?, disability = ?, data_opt_out = ?,
                  updated_at = ?, updated_by = ?, version = version + 1
                where id = ?""")
                .params(nhs(d), d.givenName(), d.familyName(), d.dateOfBirth(),
                        PersonRows.name(d.sex()), d.gender(), PersonRows.name(d.ethnicity()),
                        d.postcode() == null ? null : d.postcode().value(), d.deprivationDecile(),
                        d.preferredLanguage(), d.interpreterNeeded(), d.communicationNeeds(),
                        PersonRows.name(d.disability()), d.dataOptOut(), Timestamp.from(p.updated().at()),
                        p.updated().by(), p.id().value())
                .update();
    }

    public void markVoided(Person p) {
        jdbc.sql("update person set voided_at = ?, voided_by = ?, void_reason = ? where id = ? and voided_at is null")
                .params(Timestamp.from(p.voided().at()), p.voided().by(), p.voided().reason(), p.id().value())
                .update();
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person where id = ? and voided_at is null")
                .param(id.value()).query(PersonRows::person).optional();
    }

    public Optional<Person> findByNhsNumber(NhsNumber nhsNumber) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person where nhs_number = ? and voided_at is null")
                .param(nhsNumber.value()).query(PersonRows::person).optional();
    }

    public boolean nhsNumberInUse(NhsNumber nhsNumber, PersonId other) {
        return jdbc.sql("select exists (select 1 from person where nhs_number = ? and id <> ? and voided_at is null)")
                .params(nhsNumber.value(), other.value()).query(Boolean.class).single();
    }

    /** Those of the given people whose name contains {@code filter} or whose NHS number starts with it. */
    public List<PersonId> matching(Collection<PersonId> among, String filter) {
        if (among.isEmpty()) {
            return List.of();
        }
        UUID[] values = among.stream().map(PersonId::value).toArray(UUID[]::new);
        String digits = filter.replace(" ", "");
        String pattern = "%" + filter.toLowerCase(java.util.Locale.UK).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<PersonId> found = jdbc.sql("""
                select id from person where id = any(?) and voided_at is null
                  and (lower(given_name || ' ' || family_name) like ? or nhs_number like ?)""")
                .params(values, pattern, digits.chars().allMatch(Character::isDigit) && !digits.isEmpty()
                        ? digits + "%" : "-")
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
        return among.stream().filter(found::contains).toList();
    }

    /** The given people, in the order given (for caseloads). */
    public List<Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(PersonId::value).toArray(UUID[]::new);
        List<Person> found = jdbc.sql("select " + PersonRows.COLUMNS
                        + " from person where id = any(?) and voided_at is null")
                .param(values).query(PersonRows::person).list();
        return PersonRows.inOrderAsked(found, ids, Person::id);
    }
}
