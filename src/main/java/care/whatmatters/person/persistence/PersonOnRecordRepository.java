package care.whatmatters.person.persistence;

import care.whatmatters.person.PersonOnRecord;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.Person;
import care.whatmatters.person.domain.Representative;
import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Reads the person's own part of the record in one round trip: the four statements are the other repositories'
 * own, sent together because the whole record needs all of them and none needs another's answer.
 */
@Repository
public class PersonOnRecordRepository {

    private static final List<String> STATEMENTS = List.of(
            "select " + PersonRows.COLUMNS + " from person where id = ? and voided_at is null",
            AboutMeRepository.CURRENT, RepresentativeRepository.CURRENT, DigitalInclusionRepository.CURRENT);

    private final Queries queries;

    PersonOnRecordRepository(Queries queries) {
        this.queries = queries;
    }

    /** The person's part of the record, or empty if there is no such person (or they are voided). */
    public Optional<PersonOnRecord> find(PersonId id) {
        return queries.one(findQuery(id));
    }

    /** As {@link #find}, as a query to send together with other modules' reads (the whole record). */
    public Query<Optional<PersonOnRecord>> findQuery(PersonId id) {
        return Query.of(STATEMENTS, Collections.nCopies(STATEMENTS.size(), id.value()), results -> {
            List<Person> people = results.next(PersonRows::person);
            List<AboutMeVersion> aboutMe = results.next(AboutMeRepository::version);
            List<Representative> representatives = results.next(RepresentativeRepository::representative);
            List<DigitalInclusion> inclusion = results.next(DigitalInclusionRepository::assessment);
            return people.stream().findFirst().map(person -> new PersonOnRecord(person,
                    aboutMe.stream().findFirst(), representatives, inclusion.stream().findFirst()));
        });
    }
}
