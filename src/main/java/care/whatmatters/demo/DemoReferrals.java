package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.ReferralSteps;
import care.whatmatters.socialprescribing.SocialPrescribing;
import care.whatmatters.socialprescribing.StepRequest;
import care.whatmatters.socialprescribing.domain.Referral;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step 5 of Dylan's story: his occupational therapist refers him to social prescribing, the link worker
 * takes the referral (joining his care team), records his wellbeing, agrees with him what to try, and
 * connects him to the wheelchair sports club near the university, which accepts him.
 */
@Component
class DemoReferrals {

    private final SocialPrescribing referrals;
    private final ReferralSteps steps;
    private final Accounts accounts;
    private final Clock clock;

    DemoReferrals(SocialPrescribing referrals, ReferralSteps steps, Accounts accounts, Clock clock) {
        this.referrals = referrals;
        this.steps = steps;
        this.accounts = accounts;
        this.clock = clock;
    }

    void connectDylanToWheelchairSport(PersonId dylan) {
        Actor ot = accounts.find("ot").orElseThrow().actor();
        Actor linkWorker = accounts.find("linkworker").orElseThrow().actor();
        UUID id = referrals.refer(ot, dylan, new ReferralRequest("OCCUPATIONAL_THERAPIST",
                "Dylan wants to play sport again and meet people when he starts university in Leeds; he has not "
                        + "played since school and worries about making friends.", List.of("sport", "meeting people")))
                .id();
        referrals.take(linkWorker, dylan, id);
        step(linkWorker, dylan, id, "CONTACTED", "Texted Dylan, then spoke on the phone one afternoon.", null);
        step(linkWorker, dylan, id, "ENGAGED", "Met at the Students' Union; Dylan wants a team sport.", null);
        steps.recordWellbeing(linkWorker, dylan, id, "SWEMWBS", List.of(3, 3, 2, 3, 3, 3, 3));
        step(linkWorker, dylan, id, "PLAN_AGREED", "Try wheelchair basketball at a club near campus, starting with "
                + "a taster session; borrow a sports chair.", LocalDate.now(clock).plusWeeks(6).toString());
        Referral connected = steps.connect(linkWorker, dylan, id,
                DemoDirectoryGenerator.id("service/" + DemoDirectoryHighlights.WHEELCHAIR_CLUB),
                "Dylan would like a taster session; he uses a manual wheelchair and will need a sports chair.");
        steps.answerOnward(linkWorker, dylan, id, connected.onwardReferrals().get(0).id(), true,
                "Taster session booked for Tuesday evening");
    }

    private void step(Actor actor, PersonId person, UUID referral, String status, String note, String followUpDue) {
        steps.move(actor, person, referral, new StepRequest(status, note, followUpDue, null, null));
    }
}
