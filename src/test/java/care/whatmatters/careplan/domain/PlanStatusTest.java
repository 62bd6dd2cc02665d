package care.whatmatters.careplan.domain;

import static care.whatmatters.careplan.domain.PlanStatus.ACTIVE;
import static care.whatmatters.careplan.domain.PlanStatus.AGREED;
import static care.whatmatters.careplan.domain.PlanStatus.CLOSED;
import static care.whatmatters.careplan.domain.PlanStatus.DRAFT;
import static care.whatmatters.careplan.domain.PlanStatus.REVISED;
import static care.whatmatters.careplan.domain.PlanStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlanStatusTest {

    /**
     * The life cycle: draft → agreed → active → under review → revised (then agreed again) or closed, with a
     * review that changes nothing returning to active. Rows are "from", columns are "to".
     */
    private static final String[] TABLE = {
        //              DRAFT AGREED ACTIVE UNDER_REVIEW REVISED CLOSED
        /* DRAFT        */ "-     yes    -      -            -       yes",
        /* AGREED       */ "-     -      yes    yes          -       yes",
        /* ACTIVE       */ "-     -      -      yes          -       yes",
        /* UNDER_REVIEW */ "-     -      yes    -            yes     yes",
        /* REVISED      */ "-     yes    -      -            -       yes",
        /* CLOSED       */ "-     -      -      -            -       -  ",
    };

    static Stream<Arguments> everyPairOfStatuses() {
        List<Arguments> pairs = new ArrayList<>();
        PlanStatus[] statuses = PlanStatus.values();
        for (int from = 0; from < statuses.length; from++) {
            String[] row = TABLE[from].trim().split("\\s+");
            for (int to = 0; to < statuses.length; to++) {
                pairs.add(Arguments.of(statuses[from], statuses[to], row[to].equals("yes")));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPairOfStatuses")
    void followsTheLifeCycleTable(PlanStatus from, PlanStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }

    @Test
    void theTableCoversEveryPairOfStatuses() {
        assertThat(everyPairOfStatuses()).hasSize(36);
        assertThat(PlanStatus.values()).containsExactly(DRAFT, AGREED, ACTIVE, UNDER_REVIEW, REVISED, CLOSED);
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void noStatusMovesToItself(PlanStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void everyOpenPlanCanBeClosed(PlanStatus status) {
        assertThat(status.canMoveTo(CLOSED)).isTrue();
        assertThat(status.isOpen()).isTrue();
    }

    @Test
    void aClosedPlanGoesNowhere() {
        assertThat(CLOSED.next()).isEmpty();
        assertThat(CLOSED.isOpen()).isFalse();
    }

    @Test
    void nothingReturnsToDraft() {
        assertThat(PlanStatus.values()).noneMatch(s -> s.canMoveTo(DRAFT));
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void contentMayChangeOnlyInDraftUnderReviewOrRevised(PlanStatus status) {
        boolean expected = status == DRAFT || status == UNDER_REVIEW || status == REVISED;
        assertThat(status.allowsContentChanges()).isEqualTo(expected);
    }

    @Test
    void changingTheSetItAnswersDoesNotChangeTheLifeCycle() {
        ACTIVE.next().add(DRAFT);
        assertThat(ACTIVE.canMoveTo(DRAFT)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void everyStatusHasALabelAndAMeaningInPlainWords(PlanStatus status) {
        assertThat(status.label()).isNotBlank();
        assertThat(status.meaning()).isNotBlank();
    }
}
