package care.whatmatters.selfmanagement.domain;

import care.whatmatters.person.domain.DigitalInclusion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether app-only support can reach the person. It cannot when they have low digital skills (none, or basic
 * with low confidence), no device, or no internet; the reasons are said so the team sees why.
 */
public record DigitalReach(boolean appOnlySuitable, List<String> reasons) {

    public static DigitalReach of(Optional<DigitalInclusion> inclusion) {
        if (inclusion.isEmpty()) {
            return new DigitalReach(true, List.of());
        }
        DigitalInclusion d = inclusion.get();
        List<String> reasons = new ArrayList<>();
        if (d.skills() == DigitalInclusion.Skills.NONE || (d.skills() == DigitalInclusion.Skills.BASIC
                && d.confidence() == DigitalInclusion.Confidence.LOW)) {
            reasons.add("low digital skills");
        }
        if (d.deviceAccess() == DigitalInclusion.DeviceAccess.NONE) {
            reasons.add("no device");
        }
        if (d.internetAccess() == DigitalInclusion.InternetAccess.NONE) {
            reasons.add("no internet");
        }
        return new DigitalReach(reasons.isEmpty(), List.copyOf(reasons));
    }
}
