package care.whatmatters.socialprescribing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferralLifecycleTest {

    private static final Stamp NOW = new Stamp("Jordan Ellis, Social prescribing link worker", Instant.parse("2026-05-01T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    static Referral received() {
        return Referral.receive(PersonId.newId(), ReferralSource.GP,
                new Referrer("Dr Priya Shah, GP", PractitionerId.newId(), "Riverside Medical Practice"),
                "Lonely; wants to meet people", List.of("loneliness"), NOW);
    }

    static Referral taken() {
        Referral r = received();
        r.take(new LinkWorker(PractitionerId.newId(), "Jordan Ellis"), NOW);
        return r;
    }

    /** Walks a referral to the given status along the life cycle. */
    static Referral at(ReferralStatus status) {
        Referral r = taken();
        for (ReferralStatus step : List.of(ReferralStatus.CONTACTED, ReferralStatus.ENGAGED, ReferralStatus.PLAN_AGREED,
                ReferralStatus.CONNECTED, ReferralStatus.FOLLOW_UP, ReferralStatus.OUTCOME_MEASURED, ReferralStatus.CLOSED)) {
            if (r.status() == status) {
                return r;
            }
            if (status == ReferralStatus.DECLINED && r.status() == ReferralStatus.CONTACTED) {
                r.decline("Not for me just now", NOW);
                return r;
            }
            advance(r, step);
        }
        return r;
    }

    private static void advance(Referral r, ReferralStatus step) {
        switch (step) {
            case CONTACTED -> r.contact("phoned", NOW);
            case ENGAGED -> {
                r.engage(null, NOW);
                r.recordMeasure(measure(MeasureTiming.BASELINE, "16.36"));
            }
            case PLAN_AGREED -> r.agreePlan("Walking group", TODAY.plusWeeks(6), TODAY, NOW);
            case CONNECTED -> {
                OnwardReferral o = r.connect(UUID.randomUUID(), "Armley Park Gentle Walk", "Walkers", null, NOW);
                r.answerOnward(o.id(), true, null, NOW);
            }
            case FOLLOW_UP -> {
                r.followUp("going weekly", NOW);
                r.recordMeasure(measure(MeasureTiming.FOLLOW_UP, "22.35"));
            }
            case OUTCOME_MEASURED -> r.measureOutcome(NOW);
            default -> r.close(message(r), NOW);
        }
    }

    static WellbeingMeasure measure(MeasureTiming timing, String score) {
        return new WellbeingMeasure(UUID.randomUUID(), "SWEMWBS", timing, new BigDecimal(score), "", null, NOW);
    }

    static MessageBack message(Referral r) {
        return MessageBackComposer.compose(r, new MessageBack.Patient("Margaret Thompson", "999 000 0026",
                LocalDate.of(1941, 7, 2), "LS12 2QT"), List.of(new MessageBack.Recipient("Dr Priya Shah", "GP", null)),
                List.of(new Coding(Coding.SNOMED_CT, "871731000000106", "Referral to social prescribing service", true, null)),
                "Walks every week", Instant.now(), TODAY);
    }

    @Test
    void movesOnlyAlongTheClosedLoopAndRefusesEveryOtherStepNamingTheAllowedOnes() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : EnumSet.complementOf(EnumSet.copyOf(from.next()))) {
                Referral r = at(from);
                assertThat(r.status()).isEqualTo(from);
                assertThatThrownBy(() -> r.checkCanMoveTo(to)).as(from + " -> " + to)
                        .isInstanceOfSatisfying(TransitionRefused.class,
                                e -> assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(from.next()));
            }
        }
    }

    @Test
    void theLoopGoesFromReceivedToClosedWithTheMessageBack() {
        Referral r = at(ReferralStatus.CLOSED);

        assertThat(r.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(r.messageBack().outcome()).isEqualTo("Connected to Armley Park Gentle Walk");
        assertThat(r.messageBack().wellbeing()).singleElement()
                .satisfies(c -> assertThat(c.describe()).isEqualTo("SWEMWBS 16.36 → 22.35 (up 5.99)"));
        assertThat(r.history()).extracting(ReferralEvent::to).contains(ReferralStatus.RECEIVED, ReferralStatus.CLOSED);
    }

    @Test
    void aDeclinedReferralIsClosedWithTheMessageBackToo() {
        Referral r = at(ReferralStatus.DECLINED);
        r.close(message(r), NOW);

        assertThat(r.messageBack().outcome()).isEqualTo("Declined social prescribing: Not for me just now");
    }

    @Test
    void nothingHappensBeforeALinkWorkerTakesIt() {
        Referral r = received();

        assertThatThrownBy(() -> r.contact(null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("link worker must take");
    }

    @Test
    void aReferralIsTakenOnce() {
        Referral r = taken();

        assertThatThrownBy(() -> r.take(new LinkWorker(PractitionerId.newId(), "Someone Else"), NOW))
                .hasMessageContaining("already been taken by Jordan Ellis");
    }

    @Test
    void decliningNeedsTheReasonAndAgreeingNeedsWhatWasAgreed() {
        Referral contacted = at(ReferralStatus.CONTACTED);
        Referral engaged = at(ReferralStatus.ENGAGED);

        assertThatThrownBy(() -> contacted.decline(" ", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engaged.agreePlan(null, null, TODAY, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(contacted.status()).isEqualTo(ReferralStatus.CONTACTED);
    }

    @Test
    void followUpNeedsAServiceToHaveAcceptedThePerson() {
        Referral r = at(ReferralStatus.PLAN_AGREED);
        OnwardReferral o = r.connect(UUID.randomUUID(), "Choir", "Org", null, NOW);
        r.answerOnward(o.id(), false, "Full until September", NOW);

        assertThatThrownBy(() -> r.followUp(null, NOW)).hasMessageContaining("No service has accepted");
        assertThatThrownBy(() -> r.answerOnward(o.id(), true, null, NOW)).hasMessageContaining("already answered");
    }

    @Test
    void aServiceDecliningMustSayWhy() {
        Referral r = at(ReferralStatus.PLAN_AGREED);
        OnwardReferral o = r.connect(UUID.randomUUID(), "Choir", "Org", null, NOW);

        assertThatThrownBy(() -> r.answerOnward(o.id(), false, "", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theOutcomeIsMeasuredOnlyWithTheSameMeasureAtBaselineAndFollowUp() {
        Referral r = taken();
        r.contact(null, NOW);
        r.engage(null, NOW);
        r.agreePlan("Walk", null, TODAY, NOW);
        OnwardReferral o = r.connect(UUID.randomUUID(), "Walk", "Org", null, NOW);
        r.answerOnward(o.id(), true, null, NOW);
        r.followUp(null, NOW);

        assertThatThrownBy(() -> r.measureOutcome(NOW)).hasMessageContaining("baseline and at follow-up");
        assertThatThrownBy(() -> r.recordMeasure(measure(MeasureTiming.BASELINE, "20"))).isInstanceOf(ConflictException.class);
    }
}
