package care.whatmatters.budget;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A request to pay for one approved line.
 *
 * @param paidOn the day the money is paid (today if not given); never in the future
 */
public record PaymentOrder(UUID lineId, Money amount, String payee, LocalDate paidOn, String description) {

    void check(LocalDate today) {
        new InputCheck().required("lineId", lineId).required("amount", amount)
                .that(amount == null || amount.isPositive(), "amount", "must be more than £0.00")
                .requiredText("payee", payee, FreeText.LINE).text("description", description, FreeText.SHORT)
                .that(paidOn == null || !paidOn.isAfter(today), "paidOn", "cannot be in the future")
                .orThrow();
    }

    PaymentOrder withDate(LocalDate today) {
        return paidOn == null ? new PaymentOrder(lineId, amount, payee, today, description) : this;
    }

    /** Identifies what was asked for, so that a key reused for a different payment is recognised. */
    String fingerprint() {
        String canonical = String.join("\u001f", lineId.toString(), Long.toString(amount.pence()), payee,
                paidOn.toString(), description == null ? "" : description);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
