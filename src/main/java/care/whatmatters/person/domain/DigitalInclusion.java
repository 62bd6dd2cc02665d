package care.whatmatters.person.domain;

import java.time.Instant;

/**
 * How able and ready the person is to use digital tools. The team sees it before offering apps, online
 * groups or remote monitoring, so that support is offered in a way the person can use; reports use it to
 * see whether digital routes leave people behind.
 */
public record DigitalInclusion(Skills skills, Confidence confidence, DeviceAccess deviceAccess,
        InternetAccess internetAccess, String supportWanted, String assessedBy, Instant assessedAt) {

    public enum Skills { NONE, BASIC, CONFIDENT }

    public enum Confidence { LOW, MEDIUM, HIGH }

    public enum DeviceAccess { NONE, SHARED, OWN }

    public enum InternetAccess { NONE, LIMITED, RELIABLE }

    /** Digitally excluded: without the skills, a device or a connection, digital-only offers will not reach them. */
    public boolean digitallyExcluded() {
        return skills == Skills.NONE || deviceAccess == DeviceAccess.NONE || internetAccess == InternetAccess.NONE;
    }
}
