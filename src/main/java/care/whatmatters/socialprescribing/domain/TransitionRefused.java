package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.ConflictException;
import java.util.List;

/** A referral cannot move to the asked-for step from where it is; the message names the steps it can take. */
public class TransitionRefused extends ConflictException {

    private final ReferralStatus from;
    private final List<ReferralStatus> allowed;

    public TransitionRefused(ReferralStatus from, ReferralStatus to) {
        super("A referral that is '" + from.label().toLowerCase(java.util.Locale.UK) + "' cannot become '"
                + to.label().toLowerCase(java.util.Locale.UK) + "'. " + allowedWords(from));
        this.from = from;
        this.allowed = List.copyOf(from.next());
    }

    public ReferralStatus from() {
        return from;
    }

    public List<ReferralStatus> allowed() {
        return allowed;
    }

    private static String allowedWords(ReferralStatus from) {
        if (from.next().isEmpty()) {
            return "It is closed: nothing more can happen to it.";
        }
        return "It can next be: " + String.join(" or ", from.next().stream()
                .map(s -> s.label().toLowerCase(java.util.Locale.UK) + " (" + s.name() + ")").toList()) + ".";
    }
}
