package care.whatmatters.socialprescribing.web;

import care.whatmatters.access.Actor;
import care.whatmatters.directory.DirectorySearch;
import care.whatmatters.directory.PostcodeDistricts;
import care.whatmatters.directory.ServiceMatchView;
import care.whatmatters.directory.domain.SearchCriteria;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.LinkWorkerCaseload;
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.ReferralSteps;
import care.whatmatters.socialprescribing.SocialPrescribing;
import care.whatmatters.socialprescribing.StepRequest;
import care.whatmatters.socialprescribing.WellbeingQuestionnaires;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The referral pages: referring, the link worker's workspace for one referral, and finding a service. */
@Controller
class ReferralPages {

    private final SocialPrescribing referrals;
    private final ReferralSteps steps;
    private final ReferralRecords records;
    private final LinkWorkerCaseload caseload;
    private final DirectorySearch search;
    private final PostcodeDistricts postcodes;

    ReferralPages(SocialPrescribing referrals, ReferralSteps steps, ReferralRecords records,
            LinkWorkerCaseload caseload, DirectorySearch search, PostcodeDistricts postcodes) {
        this.referrals = referrals;
        this.steps = steps;
        this.records = records;
        this.caseload = caseload;
        this.search = search;
        this.postcodes = postcodes;
    }

    @GetMapping("/social-prescribing")
    String caseload(Actor actor, Model model) {
        model.addAttribute("caseload", caseload.of(actor));
        return "socialprescribing/caseload";
    }

    @GetMapping("/persons/{id}/referrals")
    String referrals(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("record", records.of(actor, new PersonId(id)));
        model.addAttribute("sources", ReferralSource.values());
        return "socialprescribing/referrals";
    }

    @PostMapping("/persons/{id}/referrals")
    String refer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String source,
            @RequestParam(required = false) String reasons, @RequestParam(required = false) String needs, Model model) {
        return act(model, () -> "redirect:/persons/" + id + "/referrals/" + referrals.refer(actor, new PersonId(id),
                new ReferralRequest(source, reasons, needs(needs))).id(), () -> {
                    model.addAttribute("draft", Map.of("reasons", nz(reasons), "needs", nz(needs)));
                    return referrals(actor, id, model);
                });
    }

    @GetMapping("/persons/{id}/referrals/{referral}")
    String referral(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, Model model) {
        model.addAttribute("view", records.one(actor, new PersonId(id), referral));
        model.addAttribute("measures", WellbeingQuestionnaires.MEASURES);
        return "socialprescribing/referral";
    }

    @PostMapping("/persons/{id}/referrals/{referral}/take")
    String take(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, Model model) {
        return act(model, () -> back(id, referral, referrals.take(actor, new PersonId(id), referral)),
                () -> referral(actor, id, referral, model));
    }

    @PostMapping("/persons/{id}/referrals/{referral}/steps")
    String step(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, @RequestParam String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) String followUpDue,
            @RequestParam(required = false) UUID serviceId, @RequestParam(required = false) String summary, Model model) {
        return act(model, () -> back(id, referral, steps.move(actor, new PersonId(id), referral,
                new StepRequest(status, note, followUpDue, serviceId, summary))), () -> referral(actor, id, referral, model));
    }

    @PostMapping("/persons/{id}/referrals/{referral}/onward/{onward}")
    String answer(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, @PathVariable UUID onward,
            @RequestParam(defaultValue = "false") boolean accepted, @RequestParam(required = false) String reason,
            Model model) {
        return act(model, () -> back(id, referral, steps.answerOnward(actor, new PersonId(id), referral, onward,
                accepted, reason)), () -> referral(actor, id, referral, model));
    }

    @PostMapping("/persons/{id}/referrals/{referral}/wellbeing")
    String wellbeing(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, @RequestParam String measure,
            @RequestParam(name = "item", required = false) List<Integer> items, Model model) {
        return act(model, () -> back(id, referral, steps.recordWellbeing(actor, new PersonId(id), referral, measure,
                items)), () -> referral(actor, id, referral, model));
    }

    @GetMapping("/persons/{id}/referrals/{referral}/find")
    String find(Actor actor, @PathVariable UUID id, @PathVariable UUID referral,
            @RequestParam(required = false) String q, @RequestParam(required = false) String goal,
            @RequestParam(required = false) String postcode, @RequestParam(defaultValue = "3") double radiusKm,
            @RequestParam(required = false) Long maxCostPence, @RequestParam(defaultValue = "false") boolean stepFree,
            Model model) {
        ReferralRecords.ReferralOnRecord view = records.one(actor, new PersonId(id), referral);
        String from = postcode != null ? postcode
                : view.person().demographics().postcode() == null ? "" : view.person().demographics().postcode().value();
        model.addAttribute("view", view);
        model.addAttribute("form", Map.of("q", nz(q), "goal", nz(goal), "postcode", from, "radiusKm", radiusKm,
                "maxCostPence", maxCostPence == null ? "" : maxCostPence, "stepFree", stepFree));
        if (q != null || goal != null) {
            try {
                model.addAttribute("results", ServiceMatchView.of(search.search(new SearchCriteria(q, goal,
                        postcodes.centreOf(from).orElse(null), radiusKm,
                        maxCostPence == null ? null : care.whatmatters.shared.Money.ofPence(maxCostPence), false, stepFree,
                        false, 10))));
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.byField());
            }
        }
        return "socialprescribing/find";
    }

    @GetMapping("/persons/{id}/referrals/{referral}/message-back")
    String messageBack(Actor actor, @PathVariable UUID id, @PathVariable UUID referral, Model model) {
        model.addAttribute("message", records.messageBack(actor, new PersonId(id), referral, true));
        model.addAttribute("personId", id);
        return "socialprescribing/message-back";
    }

    /** Runs a change; a refused one shows the page again with the reason. */
    static String act(Model model, Supplier<String> change, Supplier<String> again) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.byField());
        } catch (ConflictException e) {
            model.addAttribute("problems", Map.of("form", e.getMessage()));
        }
        return again.get();
    }

    private static String back(UUID person, UUID referral, Object ignored) {
        return "redirect:/persons/" + person + "/referrals/" + referral;
    }

    static List<String> needs(String needs) {
        return needs == null || needs.isBlank() ? List.of()
                : java.util.Arrays.stream(needs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }
}
