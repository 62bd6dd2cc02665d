package care.whatmatters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import care.whatmatters.person.PersonDetails;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Disability;
import care.whatmatters.person.domain.EthnicGroup;
import care.whatmatters.person.domain.Sex;
import care.whatmatters.shared.NhsNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final long SEED = 42;
    private static final int SAMPLE = 20_000;

    /** 20,000 synthetic people, checked and turned into demographics exactly as registration would. */
    private static List<Demographics> sample;

    @BeforeAll
    static void generateTheSample() {
        SyntheticPeople people = new SyntheticPeople(SEED, TODAY);
        sample = new ArrayList<>(SAMPLE);
        for (long i = 0; i < SAMPLE; i++) {
            sample.add(people.person(i).toDemographics(TODAY));
        }
    }

    @Test
    void theSameSeedAndIndexGiveTheSamePerson() {
        SyntheticPeople one = new SyntheticPeople(SEED, TODAY);
        SyntheticPeople other = new SyntheticPeople(SEED, TODAY);

        for (long index : new long[] {0, 1, 7, 999, 123_456, 4_999_999}) {
            assertThat(other.person(index)).isEqualTo(one.person(index));
        }
        assertThat(one.person(5)).isEqualTo(one.person(5));
    }

    @Test
    void differentIndexesAndSeedsGiveDifferentPeople() {
        SyntheticPeople people = new SyntheticPeople(SEED, TODAY);
        SyntheticPeople otherSeed = new SyntheticPeople(SEED + 1, TODAY);

        assertThat(people.person(1)).isNotEqualTo(people.person(2));
        // the NHS number depends only on the index; the rest of the person on the seed too
        PersonDetails a = people.person(3);
        PersonDetails b = otherSeed.person(3);
        assertThat(b.nhsNumber()).isEqualTo(a.nhsNumber());
        assertThat(List.of(b.givenName(), b.familyName(), b.dateOfBirth(), b.postcode()))
                .isNotEqualTo(List.of(a.givenName(), a.familyName(), a.dateOfBirth(), a.postcode()));
    }

    @Test
    void everyoneInTheSamplePassesTheRegistrationChecks() {
        // toDemographics throws on the first person who would be refused; reaching here means none was
        assertThat(sample).hasSize(SAMPLE).allSatisfy(d -> {
            assertThat(d.nhsNumber()).isNotNull();
            assertThat(d.postcode()).isNotNull();
            assertThat(d.dateOfBirth()).isBeforeOrEqualTo(TODAY);
        });
    }

    @Test
    void nhsNumbersAreValidAndUniqueForTheFirstHundredThousandIndexes() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            String number = SyntheticPeople.nhsNumber(i);
            assertThat(NhsNumber.isValid(number)).as("index %d: %s", i, number).isTrue();
            assertThat(seen.add(number)).as("index %d repeats %s", i, number).isTrue();
        }
    }

    @Test
    void nhsNumbersStayInTheNineRangeAndOutOfTheReservedTestRangeForFiveMillionPeople() {
        for (long index : new long[] {0, 1, 1_000_000, 4_999_999}) {
            String number = SyntheticPeople.nhsNumber(index);
            assertThat(NhsNumber.isValid(number)).isTrue();
            assertThat(number).startsWith("9").doesNotStartWith("999");
        }
    }

    @Test
    void nhsNumbersIncreaseWithTheIndex() {
        for (long i = 0; i < 1_000; i++) {
            assertThat(Long.parseLong(SyntheticPeople.nhsNumber(i + 1)))
                    .isGreaterThan(Long.parseLong(SyntheticPeople.nhsNumber(i)));
        }
    }

    @ParameterizedTest(name = "ages {0} to {1}: {2}")
    @CsvSource({
        "0,  15,  0.185",
        "16, 24,  0.105",
        "25, 44,  0.265",
        "45, 64,  0.250",
        "65, 74,  0.100",
        "75, 84,  0.070",
        "85, 100, 0.025"})
    void agesFollowTheConfiguredBands(int youngest, int oldest, double share) {
        assertThat(shareOf(d -> d.ageOn(TODAY) >= youngest && d.ageOn(TODAY) <= oldest)).isCloseTo(share, within(0.015));
    }

    @Test
    void nobodyIsOlderThanAHundred() {
        assertThat(sample).allSatisfy(d -> assertThat(d.ageOn(TODAY)).isBetween(0, 100));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "White,      0.811",
        "Asian,      0.095",
        "Black,      0.042",
        "Mixed,      0.028",
        "Other,      0.022",
        "Not stated, 0.002"})
    void ethnicGroupsFollowTheCensusHeadings(String heading, double share) {
        assertThat(shareOf(d -> d.ethnicity().heading().equals(heading))).isCloseTo(share, within(0.012));
    }

    @Test
    void whiteBritishIsAboutThreeQuartersAndEveryGroupAppears() {
        Map<EthnicGroup, Long> counts = countBy(Demographics::ethnicity, EthnicGroup.class);

        assertThat(counts.get(EthnicGroup.WHITE_BRITISH) / (double) SAMPLE).isCloseTo(0.735, within(0.015));
        assertThat(counts.get(EthnicGroup.WHITE_OTHER) / (double) SAMPLE).isCloseTo(0.064, within(0.01));
        assertThat(counts.get(EthnicGroup.ASIAN_INDIAN) / (double) SAMPLE).isCloseTo(0.033, within(0.008));
        assertThat(counts.keySet()).containsAll(List.of(EthnicGroup.values()).subList(0, EthnicGroup.values().length - 1));
    }

    @Test
    void aboutHalfAreFemale() {
        assertThat(shareOf(d -> d.sex() == Sex.FEMALE)).isCloseTo(0.51, within(0.015));
        assertThat(sample).allSatisfy(d -> assertThat(d.sex()).isIn(Sex.FEMALE, Sex.MALE));
    }

    @Test
    void disabilityFollowsTheCensus() {
        assertThat(shareOf(d -> d.disability() == Disability.LIMITED_A_LOT)).isCloseTo(0.073, within(0.01));
        assertThat(shareOf(d -> d.disability() == Disability.LIMITED_A_LITTLE)).isCloseTo(0.10, within(0.01));
        assertThat(shareOf(d -> d.disability() == Disability.NOT_LIMITED)).isCloseTo(0.827, within(0.015));
    }

    @Test
    void deprivationDecilesAreUniform() {
        Map<Integer, Long> counts = new HashMap<>();
        sample.forEach(d -> counts.merge(d.deprivationDecile(), 1L, Long::sum));

        assertThat(counts).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        counts.values().forEach(n -> assertThat(n / (double) SAMPLE).isCloseTo(0.10, within(0.015)));
    }

    @Test
    void aboutOneInTwentyHasOptedOutOfDataSharing() {
        assertThat(shareOf(Demographics::dataOptOut)).isCloseTo(0.054, within(0.01));
    }

    @Test
    void everyoneLivesInWestYorkshire() {
        assertThat(sample).allSatisfy(d -> assertThat(d.postcode().outward()).matches("(LS|BD|HX|WF|HD)[0-9]{1,2}"));
    }

    private static double shareOf(Predicate<Demographics> which) {
        return sample.stream().filter(which).count() / (double) SAMPLE;
    }

    private static <E extends Enum<E>> Map<E, Long> countBy(Function<Demographics, E> key, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        sample.forEach(d -> counts.merge(key.apply(d), 1L, Long::sum));
        return counts;
    }
}
