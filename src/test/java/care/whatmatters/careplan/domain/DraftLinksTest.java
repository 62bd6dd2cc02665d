package care.whatmatters.careplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A plan sent by a connected system arrives as a draft whose goals may not yet serve what matters and whose
 * actions may not yet have a goal, owner or date; agreeing it needs the whole chain.
 */
class DraftLinksTest {

    @Test
    void aDraftMayHoldAGoalNotYetLinkedToWhatMatters() {
        PlanFixture f = PlanFixture.emptyDraft();
        UUID goal = f.plan.addGoalAsSent(null, "Walk 30 minutes a day", f.stamp());
        assertThat(f.plan.allGoals()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(goal);
            assertThat(g.whatMattersId()).isNull();
        });
    }

    @Test
    void aDraftMayHoldAnActionWithoutGoalOwnerOrDate() {
        PlanFixture f = PlanFixture.emptyDraft();
        f.plan.addActionAsSent(new ActionDetails(null, "Weekly coaching call", null, null, SupportComponent.OTHER), f.stamp());
        assertThat(f.plan.allActions()).singleElement().satisfies(a -> assertThat(a.goalId()).isNull());
    }

    @Test
    void aDraftActionStillNeedsItsDescription() {
        PlanFixture f = PlanFixture.emptyDraft();
        assertThatThrownBy(() -> f.plan.addActionAsSent(new ActionDetails(null, " ", null, null, SupportComponent.OTHER),
                f.stamp())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void agreeingNeedsEveryGoalLinkedAndEveryActionComplete() {
        PlanFixture f = PlanFixture.draft();
        f.plan.addGoalAsSent(null, "Walk 30 minutes a day", f.stamp());
        f.plan.addActionAsSent(new ActionDetails(null, "Weekly coaching call", null, null, SupportComponent.OTHER), f.stamp());
        assertThatThrownBy(f::agree).isInstanceOf(ConflictException.class)
                .hasMessageContaining("link every goal to something that matters")
                .hasMessageContaining("give every action a goal, an owner and a date");
        assertThat(f.plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void underReviewTheLinksAreStillRequired() {
        PlanFixture f = PlanFixture.inState(PlanStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> f.plan.addGoalAsSent(null, "Walk 30 minutes a day", f.stamp()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("whatMattersId");
        assertThatThrownBy(() -> f.plan.addActionAsSent(new ActionDetails(null, "Call", null, null, SupportComponent.OTHER),
                f.stamp())).isInstanceOf(InvalidInputException.class);
    }
}
