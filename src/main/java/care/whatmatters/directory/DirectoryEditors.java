package care.whatmatters.directory;

import care.whatmatters.access.Actor;
import care.whatmatters.access.Role;
import care.whatmatters.directory.persistence.EditorRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Directory editors and the organisation each maintains. An editor changes only their own organisation's
 * services; an administrator (or the platform itself, importing a file) may change any.
 */
@Service
public class DirectoryEditors {

    private final EditorRepository editors;
    private final Clock clock;

    DirectoryEditors(EditorRepository editors, Clock clock) {
        this.editors = editors;
        this.clock = clock;
    }

    /** Links a directory editor's account to the organisation whose services they maintain. */
    public void link(UUID account, UUID organisation, String by) {
        editors.link(account, organisation, by, clock.instant());
    }

    public Optional<UUID> organisationOf(Actor actor) {
        if (actor.role() != Role.DIRECTORY_EDITOR || actor.accountId() == null) {
            return Optional.empty();
        }
        return editors.organisationOf(actor.accountId());
    }

    /** Whether the actor may change any organisation's services. */
    public boolean editsEverything(Actor actor) {
        return actor.role() == Role.ADMIN;
    }

    /** The organisation the actor edits, or a refusal for anyone who is not a linked editor. */
    public UUID requireEditor(Actor actor) {
        return organisationOf(actor).orElseThrow(() -> new DirectoryPermissionException(
                "Only directory editors can change services, and only their own organisation's."));
    }

    public void checkMayChange(Actor actor, UUID organisation) {
        if (!editsEverything(actor) && !organisationOf(actor).map(organisation::equals).orElse(false)) {
            throw new DirectoryPermissionException("You can change only your own organisation's services.");
        }
    }
}
