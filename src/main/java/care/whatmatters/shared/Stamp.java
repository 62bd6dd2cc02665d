package care.whatmatters.shared;

import java.time.Instant;

/** Who did something to a record, and when. {@code by} is a signature such as "Sam Okafor, Occupational therapist". */
public record Stamp(String by, Instant at) {
}
