package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void createsVersionSevenUuidsOfTheRfcVariant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void carriesTheUnixMillisecondsItWasCreatedAtInItsFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();

        assertThat(millis(id)).isBetween(before, after);
    }

    @Test
    void idsCreatedInLaterMillisecondsSortAfterEarlierOnesAsUuidsAndAsText() {
        List<UUID> ids = new ArrayList<>();
        long start = System.currentTimeMillis();
        // Keep creating ids until at least five distinct milliseconds have been covered.
        while (ids.isEmpty() || millis(ids.get(ids.size() - 1)) < start + 5) {
            ids.add(Ids.newId());
        }

        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j += Math.max(1, ids.size() / 200)) {
                UUID earlier = ids.get(i);
                UUID later = ids.get(j);
                assertThat(millis(later)).isGreaterThanOrEqualTo(millis(earlier));
                if (millis(later) > millis(earlier)) {
                    assertThat(later).isGreaterThan(earlier);
                    assertThat(later.toString()).isGreaterThan(earlier.toString());
                }
            }
        }
    }

    @Test
    void neverRepeatsAnId() {
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Ids.newId())).isTrue();
        }
    }

    @Test
    void parsesTheUsualTextForm() {
        UUID id = Ids.newId();
        assertThat(Ids.parse("planId", id.toString())).isEqualTo(id);
        assertThat(Ids.parse("planId", id.toString().toUpperCase())).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-an-id", "0190f5c4-7e1a-7abc-8def", "0190f5c4-7e1a-7abc-8def-0123456789ab-ff",
        "0190f5c4x7e1ax7abcx8defx0123456789ab"})
    void refusesTextThatIsNotAnIdNamingTheField(String value) {
        assertThatThrownBy(() -> Ids.parse("goalId", value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("goalId", "is not a valid identifier")));
    }

    @Test
    void aPersonIdParseErrorNamesThePersonIdField() {
        assertThatThrownBy(() -> PersonId.parse("nobody"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("personId"));
    }

    @Test
    void personAndPractitionerIdsAreTimeOrderedIdsAndPrintAsTheirUuid() {
        PersonId person = PersonId.newId();
        PractitionerId practitioner = PractitionerId.newId();

        assertThat(person.value().version()).isEqualTo(7);
        assertThat(practitioner.value().version()).isEqualTo(7);
        assertThat(person).hasToString(person.value().toString());
        assertThat(PersonId.parse(person.toString())).isEqualTo(person);
        assertThatThrownBy(() -> new PersonId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PractitionerId(null)).isInstanceOf(NullPointerException.class);
    }

    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    @Test
    void refusesTheShortenedFormsThatUuidFromStringWouldAccept() {
        assertThatThrownBy(() -> Ids.parse("personId", "1-1-1-1-1"))
                .isInstanceOf(care.whatmatters.shared.InvalidInputException.class)
                .hasMessageContaining("personId");
    }
}
