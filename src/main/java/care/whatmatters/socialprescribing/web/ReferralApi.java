package care.whatmatters.socialprescribing.web;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.LinkWorkerCaseload;
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.ReferralSteps;
import care.whatmatters.socialprescribing.ReferralView;
import care.whatmatters.socialprescribing.SocialPrescribing;
import care.whatmatters.socialprescribing.StepRequest;
import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.TransitionRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Social prescribing", description = "Closed-loop referrals, the link worker's caseload, the message back")
class ReferralApi {

    private static final String BASE = "/api/v1/persons/{id}/referrals";

    private final SocialPrescribing referrals;
    private final ReferralSteps steps;
    private final ReferralRecords records;
    private final LinkWorkerCaseload caseload;

    ReferralApi(SocialPrescribing referrals, ReferralSteps steps, ReferralRecords records, LinkWorkerCaseload caseload) {
        this.referrals = referrals;
        this.steps = steps;
        this.records = records;
        this.caseload = caseload;
    }

    record Answer(Boolean accepted, String reason) {
    }

    record Wellbeing(String measure, List<Integer> answers) {
    }

    record CaseloadLine(UUID referralId, UUID personId, String name, String status, String next,
            java.time.LocalDate due, boolean overdue, long waitedDays) {
        static CaseloadLine of(LinkWorkerCaseload.Entry e) {
            return new CaseloadLine(e.referral().id(), e.person().id().value(), e.person().demographics().fullName(),
                    e.referral().status().name(), e.next(), e.due(), e.overdue(), e.waitedDays());
        }
    }

    record CaseloadView(List<CaseloadLine> mine, List<CaseloadLine> waiting) {
    }

    @PostMapping(BASE)
    @Operation(summary = "Refer the person to social prescribing (or, as the person, refer yourself)",
            description = "source: GP, OCCUPATIONAL_THERAPIST, HOSPITAL_DISCHARGE, COMMUNITY_HEALTH, LOCAL_AUTHORITY, "
                    + "PHARMACY, HOUSING, POLICE, VCSE or SELF; reasons: why, in words; needs: short phrases.")
    ResponseEntity<ReferralView> refer(Actor actor, @PathVariable UUID id, @RequestBody ReferralRequest request) {
        ReferralView view = ReferralView.of(referrals.refer(actor, new PersonId(id), request));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/referrals/" + view.id())).body(view);
    }

    @GetMapping(BASE)
    @Operation(summary = "The person's referrals to social prescribing, newest first")
    List<ReferralView> list(Actor actor, @PathVariable UUID id) {
        return records.of(actor, new PersonId(id)).referrals().stream().map(ReferralView::of).toList();
    }

    @GetMapping(BASE + "/{referral}")
    @Operation(summary = "One referral, with its history and the steps it can take next")
    ReferralView read(Actor actor, @PathVariable UUID id, @PathVariable UUID referral) {
        return ReferralView.of(records.one(actor, new PersonId(id), referral).referral());
    }

    @PostMapping(BASE + "/{referral}/take")
    @Operation(summary = "Take the referral (a link worker), joining the person's care team")
    ReferralView take(Actor actor, @PathVariable UUID id, @PathVariable UUID referral) {
        return ReferralView.of(referrals.take(actor, new PersonId(id), referral));
    }

    @PostMapping(BASE + "/{referral}/steps")
    @Operation(summary = "Move the referral on",
            description = "status: CONTACTED, DECLINED (note: the person's reason), ENGAGED, PLAN_AGREED (note: what "
                    + "was agreed; followUpDue), CONNECTED (serviceId from the directory), FOLLOW_UP, OUTCOME_MEASURED, "
                    + "CLOSED (summary: the message back). A step out of order gets 409 naming the allowed ones.")
    ReferralView step(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, @RequestBody StepRequest step) {
        return ReferralView.of(steps.move(actor, new PersonId(id), referral, step));
    }

    @PostMapping(BASE + "/{referral}/onward-referrals/{onward}/answer")
    @Operation(summary = "Record a service's answer to an onward referral (declining needs its reason)")
    ReferralView answer(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, @PathVariable UUID onward,
            @RequestBody Answer answer) {
        return ReferralView.of(steps.answerOnward(actor, new PersonId(id), referral, onward,
                answer != null && Boolean.TRUE.equals(answer.accepted()), answer == null ? null : answer.reason()));
    }

    @PostMapping(BASE + "/{referral}/wellbeing")
    @Operation(summary = "Record SWEMWBS or ONS4 (baseline before follow-up, follow-up after)",
            description = "answers: the items in their published order (SWEMWBS 7 items 1-5; ONS4 4 items 0-10).")
    ReferralView wellbeing(Actor actor, @PathVariable UUID id, @PathVariable UUID referral,
            @RequestBody Wellbeing measure) {
        return ReferralView.of(steps.recordWellbeing(actor, new PersonId(id), referral,
                measure == null || measure.measure() == null ? "" : measure.measure(),
                measure == null ? null : measure.answers()));
    }

    @GetMapping(BASE + "/{referral}/message-back")
    @Operation(summary = "The coded message back sent to the GP and referrer when the referral closed")
    MessageBack messageBack(Actor actor, @PathVariable UUID id, @PathVariable UUID referral) {
        return records.messageBack(actor, new PersonId(id), referral, false);
    }

    @GetMapping("/api/v1/social-prescribing/caseload")
    @Operation(summary = "The link worker's open referrals (what is due, waiting times) and those waiting to be taken")
    CaseloadView caseload(Actor actor) {
        LinkWorkerCaseload.Caseload c = caseload.of(actor);
        return new CaseloadView(c.mine().stream().map(CaseloadLine::of).toList(),
                c.waiting().stream().map(CaseloadLine::of).toList());
    }

    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible now");
        problem.setProperty("current", e.from().name());
        problem.setProperty("allowed", e.allowed().stream().map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
