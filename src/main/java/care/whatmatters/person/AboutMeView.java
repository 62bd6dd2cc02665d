package care.whatmatters.person;

import care.whatmatters.person.domain.AboutMe;
import care.whatmatters.person.domain.AboutMeVersion;
import java.time.Instant;

/** A version of About Me as the JSON API shows it; {@code version} is what the next save must be based on. */
public record AboutMeView(int version, String whatMattersToMe, String peopleImportantToMe, String howICommunicate,
        String myWellness, String pleaseDoAndDont, String howAndWhenToSupportMe, String alsoWorthKnowing,
        String supportedToWriteBy, String writtenBy, String writtenByRole, boolean writtenByPerson,
        Instant writtenAt) {

    public static AboutMeView of(AboutMeVersion v) {
        AboutMe a = v.aboutMe();
        return new AboutMeView(v.version(), a.whatMattersToMe(), a.peopleImportantToMe(), a.howICommunicate(),
                a.myWellness(), a.pleaseDoAndDont(), a.howAndWhenToSupportMe(), a.alsoWorthKnowing(),
                a.supportedToWriteBy(), v.writtenBy(), v.writtenByRole(), v.byPerson(), v.writtenAt());
    }
}
