package care.whatmatters.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceOfferTest {

    private static final Stamp STAMP = new Stamp("Sam", Instant.parse("2026-05-01T10:00:00Z"));

    private static ChoiceOffer offer(boolean offered, List<String> providers, String chosen, ChoiceExclusion why,
            String detail) {
        return ChoiceOffer.of(Ids.newId(), PersonId.newId(), ChoiceOffer.Subject.PLAN_ACTION, Ids.newId(), offered,
                providers, chosen, why, detail, STAMP);
    }

    @Test
    void anOfferNamesTheProvidersAndTheOneChosenIsAmongThem() {
        ChoiceOffer o = offer(true, List.of("Provider A", " ", "Provider B"), "Provider B", null, null);
        assertThat(o.providersOffered()).containsExactly("Provider A", "Provider B");
        assertThatThrownBy(() -> offer(true, List.of("Provider A"), "Provider C", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("providerChosen"));
        assertThatThrownBy(() -> offer(true, List.of(), null, null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whenChoiceIsNotOfferedTheExclusionIsRecorded() {
        assertThat(offer(false, null, null, ChoiceExclusion.DETAINED_UNDER_MHA, null).exclusion())
                .isEqualTo(ChoiceExclusion.DETAINED_UNDER_MHA);
        assertThatThrownBy(() -> offer(false, null, null, null, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.byField()).containsKey("exclusion"));
        assertThatThrownBy(() -> offer(false, null, null, ChoiceExclusion.OTHER, " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.byField()).containsKey("exclusionDetail"));
    }

    @Test
    void anExclusionAndAnOfferDoNotGoTogether() {
        assertThatThrownBy(() -> offer(true, List.of("A"), null, ChoiceExclusion.URGENT_OR_CRISIS, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offer(false, List.of("A"), null, ChoiceExclusion.URGENT_OR_CRISIS, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
