package care.whatmatters.selfmanagement.domain;

/**
 * One offer of support suggested for the person; {@code insteadOf} is the app-only offer it replaces, when
 * the person's digital inclusion rules that out (the team sees both, and why).
 */
public record SupportSuggestion(SupportOffer offer, SupportOffer insteadOf) {

    public boolean replacesAppOnly() {
        return insteadOf != null;
    }
}
