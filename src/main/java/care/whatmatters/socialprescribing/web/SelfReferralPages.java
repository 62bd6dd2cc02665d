package care.whatmatters.socialprescribing.web;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.PersonId;
import care.whatmatters.socialprescribing.ReferralRecords;
import care.whatmatters.socialprescribing.ReferralRequest;
import care.whatmatters.socialprescribing.SocialPrescribing;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The person's own view of social prescribing: asking for a link worker, and where their referral is. */
@Controller
class SelfReferralPages {

    private final SocialPrescribing referrals;
    private final ReferralRecords records;

    SelfReferralPages(SocialPrescribing referrals, ReferralRecords records) {
        this.referrals = referrals;
        this.records = records;
    }

    @GetMapping("/me/{id}/social-prescribing")
    String page(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("record", records.of(actor, new PersonId(id)));
        return "socialprescribing/self-referral";
    }

    @PostMapping("/me/{id}/social-prescribing")
    String refer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
        return ReferralPages.act(model, () -> {
            referrals.refer(actor, new PersonId(id), new ReferralRequest(null, reasons, java.util.List.of()));
            return "redirect:/me/" + id + "/social-prescribing";
        }, () -> {
            model.addAttribute("draft", Map.of("reasons", ReferralPages.nz(reasons)));
            return page(actor, id, model);
        });
    }
}
