package care.whatmatters.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedDecisionTest {

    private static final Stamp SAM = new Stamp("Sam Okafor, Occupational therapist", Instant.parse("2026-05-01T10:00:00Z"));
    private static final DecisionOption POWERED = new DecisionOption(Ids.newId(), "Powered chair", "Less tiring",
            "Heavy", false);
    private static final DecisionOption NOTHING = new DecisionOption(Ids.newId(), "Doing nothing", "Nothing to arrange",
            "Exhausted", true);

    private static DecisionDraft draft(List<DecisionOption> options) {
        return new DecisionDraft("Which wheelchair?", "Getting to lectures without being exhausted", options, null,
                "Dylan and Sam");
    }

    private static SharedDecision recorded() {
        return SharedDecision.record(Ids.newId(), PersonId.newId(), draft(List.of(POWERED, NOTHING)), SAM);
    }

    @Test
    void aDecisionMustSayWhatDoingNothingMeans() {
        assertThatThrownBy(() -> SharedDecision.record(Ids.newId(), PersonId.newId(), draft(List.of(POWERED)), SAM))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("doingNothing"));
    }

    @Test
    void aDecisionNeedsAnOptionBesidesDoingNothingWithBenefitsAndRisks() {
        assertThatThrownBy(() -> SharedDecision.record(Ids.newId(), PersonId.newId(), draft(List.of(NOTHING)), SAM))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsKey("options"));
        DecisionOption noRisks = new DecisionOption(Ids.newId(), "Stick", "Light", " ", false);
        assertThatThrownBy(() -> SharedDecision.record(Ids.newId(), PersonId.newId(),
                draft(List.of(noRisks, NOTHING)), SAM)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("options[0].risks"));
    }

    @Test
    void theDecisionIsOneOfTheOptionsAndMayBeToDoNothing() {
        SharedDecision decided = recorded().decide(NOTHING.id(), "Not now", SAM);
        assertThat(decided.status()).isEqualTo(SharedDecision.Status.DECIDED);
        assertThat(decided.chosen()).contains(NOTHING);
        assertThatThrownBy(() -> recorded().decide(Ids.newId(), null, SAM)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyADecisionMadeCanBeFlaggedAndTheFlagStaysOpenUntilAnswered() {
        assertThatThrownBy(() -> recorded().flaggedNotMine("I did not decide", SAM)).isInstanceOf(ConflictException.class);
        SharedDecision flagged = recorded().decide(POWERED.id(), null, SAM).flaggedNotMine("I want both", SAM);
        assertThat(flagged.flaggedByPerson()).isTrue();
        SharedDecision answered = flagged.flagAnswered("We will talk on Tuesday", SAM);
        assertThat(answered.flaggedByPerson()).isFalse();
        assertThat(answered.flag().words()).isEqualTo("I want both");
        assertThatThrownBy(() -> answered.flagAnswered("again", SAM)).isInstanceOf(ConflictException.class);
    }

    @Test
    void decidingAgainClearsAnAnsweredOrOpenFlag() {
        SharedDecision flagged = recorded().decide(POWERED.id(), null, SAM).flaggedNotMine("Not this", SAM);
        assertThat(flagged.decide(NOTHING.id(), "Changed my mind", SAM).flag()).isNull();
    }
}
