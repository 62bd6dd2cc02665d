package care.whatmatters.careplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.careplan.domain.GoalProposal.Status;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalProposalTest {

    private static final UUID ID = UUID.fromString("0190f5c4-7e1a-7abc-8def-000000000101");
    private static final UUID GOAL = UUID.fromString("0190f5c4-7e1a-7abc-8def-000000000102");
    private static final Instant PROPOSED = Instant.parse("2026-03-02T18:30:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-03-03T09:15:00Z");
    private static final String TEAM = "Sam Okafor, Occupational therapist";

    private static final GoalProposal OPEN = new GoalProposal(ID, "Go to the climbing wall with my flatmates",
            "Dylan Price", PROPOSED, Status.OPEN, null, null, null, null);

    @Test
    void anAcceptedProposalPointsToTheGoalItBecame() {
        GoalProposal accepted = OPEN.accepted(GOAL, TEAM, ANSWERED);

        assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.goalId()).isEqualTo(GOAL);
        assertThat(accepted.response()).isEqualTo("Added to the plan");
        assertThat(accepted.respondedBy()).isEqualTo(TEAM);
        assertThat(accepted.respondedAt()).isEqualTo(ANSWERED);
        assertThat(accepted.id()).isEqualTo(ID);
        assertThat(accepted.text()).isEqualTo(OPEN.text());
        assertThat(accepted.proposedBy()).isEqualTo("Dylan Price");
        assertThat(accepted.proposedAt()).isEqualTo(PROPOSED);
    }

    @Test
    void aDeclinedProposalKeepsTheReasonExactlyAsWrittenForThePersonToRead() {
        String reason = "The wall is closed until May.\nShall we look at the bouldering club instead?";

        GoalProposal declined = OPEN.declined(reason, TEAM, ANSWERED);

        assertThat(declined.status()).isEqualTo(Status.DECLINED);
        assertThat(declined.response()).isEqualTo(reason);
        assertThat(declined.goalId()).isNull();
        assertThat(declined.respondedBy()).isEqualTo(TEAM);
        assertThat(declined.respondedAt()).isEqualTo(ANSWERED);
        assertThat(declined.text()).isEqualTo(OPEN.text());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void aProposalIsNeverDeclinedWithoutAReason(String reason) {
        assertThatThrownBy(() -> OPEN.declined(reason, TEAM, ANSWERED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("reason", "is required")));
    }

    @Test
    void aReasonLongerThanAShortStatementIsRefused() {
        assertThatThrownBy(() -> OPEN.declined("x".repeat(501), TEAM, ANSWERED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reason"));
    }

    @Test
    void anAnsweredProposalCannotBeAnsweredAgain() {
        GoalProposal accepted = OPEN.accepted(GOAL, TEAM, ANSWERED);
        GoalProposal declined = OPEN.declined("Not this term", TEAM, ANSWERED);

        assertThatThrownBy(() -> accepted.accepted(GOAL, TEAM, ANSWERED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already been answered");
        assertThatThrownBy(() -> accepted.declined("Changed our minds", TEAM, ANSWERED))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> declined.accepted(GOAL, TEAM, ANSWERED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> declined.declined("Again", TEAM, ANSWERED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void answeringAnAnsweredProposalSaysSoEvenWithoutAReason() {
        GoalProposal declined = OPEN.declined("Not this term", TEAM, ANSWERED);

        assertThatThrownBy(() -> declined.declined(null, TEAM, ANSWERED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void answeringLeavesTheOpenProposalAsItWas() {
        OPEN.accepted(GOAL, TEAM, ANSWERED);

        assertThat(OPEN.status()).isEqualTo(Status.OPEN);
        assertThat(OPEN.response()).isNull();
        assertThat(OPEN.goalId()).isNull();
    }
}
