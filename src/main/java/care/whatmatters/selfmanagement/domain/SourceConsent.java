package care.whatmatters.selfmanagement.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.net.URI;
import java.util.UUID;

/**
 * The person's consent to share readings from one app or device, recorded by them or their team. The source
 * is named by the URI its readings carry as their identifier system. Withdrawn consent is kept, dated.
 */
public record SourceConsent(UUID id, PersonId person, String source, String name, boolean byPerson, Stamp given,
        Stamp withdrawn) {

    public static SourceConsent of(UUID id, PersonId person, String source, String name, boolean byPerson,
            Stamp given) {
        InputCheck check = new InputCheck().requiredText("source", source, FreeText.LINE)
                .requiredText("name", name, FreeText.LINE);
        check.that(source == null || source.isBlank() || isAbsoluteUri(source.strip()), "source",
                "must be the URI that names the app or device (for example https://example.org/steps-app)");
        check.orThrow();
        return new SourceConsent(id, person, source.strip(), name, byPerson, given, null);
    }

    public boolean active() {
        return withdrawn == null;
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            return URI.create(value).isAbsolute() && !value.contains(" ");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
