package care.whatmatters.person;

import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.time.Instant;

/** Answers to the digital inclusion questions, as typed or sent; every problem is reported at once. */
public record DigitalInclusionAnswers(String skills, String confidence, String deviceAccess, String internetAccess,
        String supportWanted) {

    DigitalInclusion toAssessment(String assessedBy, Instant at) {
        InputCheck check = new InputCheck();
        check.required("skills", skills).required("confidence", confidence).required("deviceAccess", deviceAccess)
                .required("internetAccess", internetAccess).text("supportWanted", supportWanted, FreeText.LONG);
        DigitalInclusion result = new DigitalInclusion(
                check.choice("skills", DigitalInclusion.Skills.class, skills),
                check.choice("confidence", DigitalInclusion.Confidence.class, confidence),
                check.choice("deviceAccess", DigitalInclusion.DeviceAccess.class, deviceAccess),
                check.choice("internetAccess", DigitalInclusion.InternetAccess.class, internetAccess),
                supportWanted == null || supportWanted.isBlank() ? null : supportWanted, assessedBy, at);
        check.orThrow();
        return result;
    }
}
