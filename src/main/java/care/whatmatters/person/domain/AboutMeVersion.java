package care.whatmatters.person.domain;

import java.time.Instant;

/**
 * One saved version of About Me. Versions are never changed; the newest is what everyone sees.
 *
 * @param byPerson whether the person (or someone acting for them) wrote this version themselves
 */
public record AboutMeVersion(int version, AboutMe aboutMe, String writtenBy, String writtenByRole,
        boolean byPerson, Instant writtenAt) {
}
