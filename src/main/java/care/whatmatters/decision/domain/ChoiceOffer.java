package care.whatmatters.decision.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.util.List;
import java.util.UUID;

/**
 * Whether choice of provider was offered for a referral or a plan action. Invariants: when offered, at least
 * one provider was offered and any provider chosen is one of them, and there is no exclusion; when not
 * offered, the exclusion that applies is recorded (OTHER with a description).
 *
 * @param subject  the plan action or referral the offer belongs to
 */
public record ChoiceOffer(UUID id, PersonId person, Subject subject, UUID subjectId, boolean offered,
        List<String> providersOffered, String providerChosen, ChoiceExclusion exclusion, String exclusionDetail,
        Stamp recorded) {

    public enum Subject { PLAN_ACTION, REFERRAL }

    static final int MOST_PROVIDERS = 10;

    public ChoiceOffer {
        providersOffered = providersOffered == null ? List.of() : List.copyOf(providersOffered);
    }

    public static ChoiceOffer of(UUID id, PersonId person, Subject subject, UUID subjectId, boolean offered,
            List<String> providers, String chosen, ChoiceExclusion exclusion, String detail, Stamp recorded) {
        List<String> named = providers == null ? List.of()
                : providers.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        String pick = chosen == null || chosen.isBlank() ? null : chosen.strip();
        InputCheck check = new InputCheck().required("subject", subject).required("subjectId", subjectId)
                .text("exclusionDetail", detail, FreeText.SHORT).text("providerChosen", pick, FreeText.LINE);
        named.forEach(p -> check.text("providersOffered", p, FreeText.LINE));
        if (offered) {
            check.that(!named.isEmpty(), "providersOffered", "must name at least one provider when choice was offered")
                    .that(named.size() <= MOST_PROVIDERS, "providersOffered", "must be at most " + MOST_PROVIDERS)
                    .that(exclusion == null, "exclusion", "applies only when choice was not offered")
                    .that(pick == null || named.contains(pick), "providerChosen", "must be one of the providers offered");
        } else {
            check.required("exclusion", exclusion)
                    .that(named.isEmpty() && pick == null, "providersOffered",
                            "are recorded only when choice was offered")
                    .that(exclusion != ChoiceExclusion.OTHER || (detail != null && !detail.isBlank()),
                            "exclusionDetail", "is required: say why choice does not apply");
        }
        check.orThrow();
        return new ChoiceOffer(id, person, subject, subjectId, offered, named, pick, exclusion,
                detail == null || detail.isBlank() ? null : detail, recorded);
    }
}
