package care.whatmatters.person.persistence;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Disability;
import care.whatmatters.person.domain.EthnicGroup;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Postcode;
import care.whatmatters.person.domain.Sex;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Maps person rows to the domain and back. */
final class PersonRows {

    static final String COLUMNS = """
            id, nhs_number, given_name, family_name, date_of_birth, sex, gender, ethnicity, postcode,
            deprivation_decile, preferred_language, interpreter_needed, communication_needs, disability, data_opt_out,
            created_at, created_by, updated_at, updated_by, voided_at, voided_by, void_reason""";

    private PersonRows() {
    }

    /** Rows read by {@code id = any(?)}, put back in the order the ids were asked in (the database keeps none). */
    static <T> List<T> inOrderAsked(List<T> found, Collection<PersonId> asked, Function<T, PersonId> idOf) {
        List<PersonId> order = List.copyOf(asked);
        return found.stream().sorted(Comparator.comparingInt(row -> order.indexOf(idOf.apply(row)))).toList();
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        Timestamp voidedAt = rs.getTimestamp("voided_at");
        return new Person(
                new PersonId(rs.getObject("id", UUID.class)),
                demographics(rs),
                new Stamp(rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()),
                new Stamp(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()),
                voidedAt == null ? null
                        : new Voiding(rs.getString("voided_by"), voidedAt.toInstant(), rs.getString("void_reason")));
    }

    private static Demographics demographics(ResultSet rs) throws SQLException {
        int decile = rs.getInt("deprivation_decile");
        Integer deprivation = rs.wasNull() ? null : decile;
        String postcode = rs.getString("postcode");
        String nhsNumber = rs.getString("nhs_number");
        return new Demographics(
                nhsNumber == null ? null : new NhsNumber(nhsNumber),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", java.time.LocalDate.class),
                named(Sex.class, rs.getString("sex")),
                rs.getString("gender"),
                named(EthnicGroup.class, rs.getString("ethnicity")),
                postcode == null ? null : new Postcode(postcode),
                deprivation,
                rs.getString("preferred_language"),
                rs.getBoolean("interpreter_needed"),
                rs.getString("communication_needs"),
                named(Disability.class, rs.getString("disability")),
                rs.getBoolean("data_opt_out"));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
