package care.whatmatters.person.persistence;

import care.whatmatters.person.PersonOnRecord;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.shared.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * Reads the person's own part of the record as one multi-statement round trip: the four queries are the other
 * repositories' own, sent together because the whole record needs all of them and none needs another's answer.
 */
@Repository
public class PersonOnRecordRepository {

    private static final String QUERIES = String.join(";\n",
            "select " + PersonRows.COLUMNS + " from person where id = ? and voided_at is null",
            AboutMeRepository.CURRENT, RepresentativeRepository.CURRENT, DigitalInclusionRepository.CURRENT);

    private final JdbcTemplate jdbc;

    PersonOnRecordRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's part of the record, or empty if there is no such person (or they are voided). */
    public Optional<PersonOnRecord> find(PersonId id) {
        return jdbc.execute(QUERIES, (PreparedStatement statement) -> {
            for (int query = 1; query <= 4; query++) {
                statement.setObject(query, id.value());
            }
            statement.execute();
            List<Person> people = rows(statement.getResultSet(), PersonRows::person);
            List<AboutMeVersion> aboutMe = next(statement, AboutMeRepository::version);
            List<Representative> representatives = next(statement, RepresentativeRepository::representative);
            List<DigitalInclusion> inclusion = next(statement, DigitalInclusionRepository::assessment);
            return people.stream().findFirst().map(person -> new PersonOnRecord(person,
                    aboutMe.stream().findFirst(), representatives, inclusion.stream().findFirst()));
        });
    }

    private static <T> List<T> next(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        if (!statement.getMoreResults()) {
            throw new IllegalStateException("the person's record parts were not all answered");
        }
        return rows(statement.getResultSet(), mapper);
    }

    private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        try (rs) {
            return new RowMapperResultSetExtractor<>(mapper).extractData(rs);
        }
    }
}
