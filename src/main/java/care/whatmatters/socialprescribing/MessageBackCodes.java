package care.whatmatters.socialprescribing;

import care.whatmatters.socialprescribing.domain.Coding;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The codes the message back carries. SNOMED CT 871731000000106 "Referral to social prescribing service" is
 * the one code the domain brief rates as good (the only code valid for IIF PC-01, present in public
 * codelists). Everything else is configuration, marked unverified: "Social prescribing declined"
 * (871711000000103) rests on a single secondary source, so it is sent only when
 * {@code whatmatters.social-prescribing.codes.declined} is set, and always flagged as unverified.
 */
@Component
public class MessageBackCodes {

    private final Coding referral;
    private final Coding declined;

    MessageBackCodes(
            @Value("${whatmatters.social-prescribing.codes.referral:871731000000106}") String referralCode,
            @Value("${whatmatters.social-prescribing.codes.referral-display:Referral to social prescribing service}")
            String referralDisplay,
            @Value("${whatmatters.social-prescribing.codes.declined:}") String declinedCode,
            @Value("${whatmatters.social-prescribing.codes.declined-display:Social prescribing declined}")
            String declinedDisplay) {
        this.referral = new Coding(Coding.SNOMED_CT, referralCode, referralDisplay,
                "871731000000106".equals(referralCode), "871731000000106".equals(referralCode) ? null
                        : "Configured code: check it against the national social prescribing refset before use");
        this.declined = declinedCode == null || declinedCode.isBlank() ? null
                : new Coding(Coding.SNOMED_CT, declinedCode, declinedDisplay, false,
                        "UNVERIFIED: single secondary source; check against the national refset before use");
    }

    /** The codes for a referral closed from the given status. */
    public List<Coding> forClosing(ReferralStatus from) {
        List<Coding> codes = new ArrayList<>(List.of(referral));
        if (from == ReferralStatus.DECLINED && declined != null) {
            codes.add(declined);
        }
        return codes;
    }
}
