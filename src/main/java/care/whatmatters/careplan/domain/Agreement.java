package care.whatmatters.careplan.domain;

import java.time.Instant;

/**
 * Who agreed a version of the plan. The person is always part of the agreement (PCSP criterion: the person
 * is central and decides who is involved); {@code participants} names everyone else who took part.
 *
 * @param recordedBy the signature of whoever recorded the agreement (the person, or a practitioner)
 */
public record Agreement(Instant at, String recordedBy, String recordedByRole, boolean personAgreed,
        String participants) {
}
