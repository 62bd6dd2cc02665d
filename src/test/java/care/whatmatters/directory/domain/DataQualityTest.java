package care.whatmatters.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataQualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    static CommunityService bare(Assurance assurance) {
        return new CommunityService(UUID.randomUUID(), new DirectoryOrganisation(UUID.randomUUID(), "Walkers", "A charity",
                null, null), "Walk", null, ServiceStatus.ACTIVE, null, assurance, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), Instant.now());
    }

    @Test
    void aBareServiceScoresNothingAndSaysWhatToFix() {
        QualityReport report = DataQuality.assess(bare(Assurance.NEVER), TODAY, Period.ofMonths(12));

        assertThat(report.completeness()).isZero();
        assertThat(report.freshness().stale()).isTrue();
        assertThat(report.toFix()).hasSize(11).first().asString().contains("never been checked");
        assertThat(report.needsAttention()).isTrue();
    }

    @Test
    void detailsNotAssuredForTwelveMonthsAreStaleAndTheAgeIsConfigurable() {
        Assurance thirteenMonths = new Assurance(TODAY.minusMonths(13), null);

        assertThat(Freshness.of(thirteenMonths, TODAY, Period.ofMonths(12)).stale()).isTrue();
        assertThat(Freshness.of(thirteenMonths, TODAY, Period.ofMonths(18)).stale()).isFalse();
        assertThat(Freshness.of(new Assurance(TODAY.minusMonths(2), null), TODAY, Period.ofMonths(12)).describe())
                .isEqualTo("assured 2 months ago");
    }

    @Test
    void costAndCapacityCountTowardsCompleteness() {
        CommunityService s = bare(Assurance.NEVER);
        CommunityService better = new CommunityService(s.id(), s.organisation(), s.name(), s.info(), s.status(),
                s.eligibility(), s.assurance(), Capacity.takingReferrals(), Money.ZERO, List.of(), List.of(), List.of(),
                List.of(), List.of(), s.lastModified());

        assertThat(DataQuality.completeness(better)).isEqualTo(20);
    }

    @Test
    void aWeeklyScheduleIsOpenOnlyOnItsDaysBetweenItsTimes() {
        Schedule tuesdays = Schedule.weekly(UUID.randomUUID(), List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(18, 30), LocalTime.of(20, 30));
        LocalDateTime tuesday = LocalDateTime.of(2026, 5, 12, 19, 0);

        assertThat(tuesdays.isOpenAt(tuesday)).isTrue();
        assertThat(tuesdays.isOpenAt(tuesday.withHour(20).withMinute(30))).isFalse();
        assertThat(tuesdays.isOpenAt(tuesday.plusDays(1))).isFalse();
        assertThat(tuesdays.describe()).isEqualTo("Tuesdays and Thursdays, 18:30 to 20:30");
    }

    @Test
    void aMonthlyScheduleKnowsTheFirstAndLastWeekdayOfTheMonth() {
        Schedule firstTuesday = new Schedule(UUID.randomUUID(), Schedule.Frequency.MONTHLY, 1,
                WeekdayRule.parseAll("byday", "1TU,-1FR"), List.of(), LocalTime.of(10, 0), LocalTime.of(12, 0), null,
                null, null);

        assertThat(firstTuesday.isOpenAt(LocalDateTime.of(2026, 5, 5, 11, 0))).isTrue();
        assertThat(firstTuesday.isOpenAt(LocalDateTime.of(2026, 5, 12, 11, 0))).isFalse();
        assertThat(firstTuesday.isOpenAt(LocalDateTime.of(2026, 5, 29, 11, 0))).isTrue();
    }

    @Test
    void exactDuplicatesShareAFingerprintWhateverTheirIds() {
        CommunityService a = bare(Assurance.NEVER);
        CommunityService b = new CommunityService(UUID.randomUUID(), a.organisation(), a.name(), a.info(), a.status(),
                a.eligibility(), a.assurance(), a.capacity(), a.costPerSession(), a.locations(), a.schedules(),
                a.costOptions(), a.languages(), a.terms(), Instant.now().plusSeconds(60));

        assertThat(Fingerprint.of(b)).isEqualTo(Fingerprint.of(a));
        assertThat(Fingerprint.of(b.assured(TODAY, null, Instant.now()))).isNotEqualTo(Fingerprint.of(a));
    }
}
