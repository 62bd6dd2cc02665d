package care.whatmatters.person;

import care.whatmatters.person.domain.DigitalInclusion;
import java.time.Instant;

/** The latest digital inclusion assessment, with the derived "digitally excluded" flag. */
public record DigitalInclusionView(String skills, String confidence, String deviceAccess, String internetAccess,
        String supportWanted, boolean digitallyExcluded, String assessedBy, Instant assessedAt) {

    public static DigitalInclusionView of(DigitalInclusion d) {
        return new DigitalInclusionView(d.skills().name(), d.confidence().name(), d.deviceAccess().name(),
                d.internetAccess().name(), d.supportWanted(), d.digitallyExcluded(), d.assessedBy(), d.assessedAt());
    }
}
