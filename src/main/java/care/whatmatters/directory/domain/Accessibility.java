package care.whatmatters.directory.domain;

import java.util.Locale;
import java.util.UUID;

/** What a location offers for access (Open Referral's free-text accessibility). */
public record Accessibility(UUID id, String description, String details) {

    /** Whether the words say the place can be reached without steps (wheelchair users, walking frames). */
    public boolean saysStepFree() {
        String words = ((description == null ? "" : description) + " " + (details == null ? "" : details))
                .toLowerCase(Locale.UK);
        boolean denied = words.contains("no wheelchair") || words.contains("not wheelchair")
                || words.contains("no step-free") || words.contains("not step-free");
        return !denied && (words.contains("wheelchair") || words.contains("step-free") || words.contains("step free")
                || words.contains("level access"));
    }
}
