package care.whatmatters.socialprescribing;

import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.CareTeams;
import care.whatmatters.team.Profession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who the message back goes to: the person's GP (the GPs in their care team) and whoever referred them
 * (the person themselves, for a self-referral), each once.
 */
@Component
class MessageBackRecipients {

    private final CareTeams careTeams;

    MessageBackRecipients(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    List<MessageBack.Recipient> of(Referral referral) {
        List<MessageBack.Recipient> to = new ArrayList<>();
        for (CareTeamMember m : careTeams.members(referral.person())) {
            if (m.practitioner().profession() == Profession.GP) {
                to.add(new MessageBack.Recipient(m.practitioner().name(), "GP", m.practitioner().organisation()));
            }
        }
        if (to.isEmpty()) {
            to.add(new MessageBack.Recipient("The person's GP practice", "GP", null));
        }
        String referrer = referral.referrer().signature();
        boolean alreadyThere = referral.referrer().practitioner() != null && to.stream().anyMatch(r ->
                r.name().equals(careTeams.practitioner(referral.referrer().practitioner()).name()));
        if (!alreadyThere) {
            to.add(referral.source() == ReferralSource.SELF
                    ? new MessageBack.Recipient(referrer.replace(" (self-referral)", ""), "Referred themselves", null)
                    : new MessageBack.Recipient(referrer, "Referrer (" + referral.source().label() + ")",
                            referral.referrer().organisation()));
        }
        return to;
    }
}
