package care.whatmatters.person;

import care.whatmatters.access.AccessGrant;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.access.Writers;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.person.domain.AboutMe;
import care.whatmatters.person.domain.AboutMeVersion;
import care.whatmatters.person.persistence.AboutMeRepository;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.StaleVersionException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * About Me: written with or by the person. Each save is a new version; a save that started from an older
 * version than the current one is refused, so two people writing at once never lose each other's words.
 */
@Service
public class AboutMeRecord {

    private final AboutMeRepository versions;
    private final RecordAccess access;
    private final PersonRegister register;
    private final Clock clock;

    AboutMeRecord(AboutMeRepository versions, RecordAccess access, PersonRegister register, Clock clock) {
        this.versions = versions;
        this.access = access;
        this.register = register;
        this.clock = clock;
    }

    public Optional<AboutMeVersion> current(AccessGrant grant) {
        return versions.current(grant.person());
    }

    public Optional<AboutMeVersion> read(Actor actor, PersonId person) {
        return current(access.read(actor, person, "about-me"));
    }

    public List<AboutMeVersion> history(Actor actor, PersonId person) {
        return versions.history(access.read(actor, person, "about-me history").person());
    }

    /**
     * Saves a new version.
     *
     * @param basedOn the version the writer started from (0 when there was none)
     */
    @Transactional
    public AboutMeVersion save(Actor actor, PersonId person, long basedOn, AboutMe aboutMe) {
        InputCheck check = new InputCheck();
        AboutMe.check(check, aboutMe);
        check.orThrow();
        AccessGrant grant = access.change(actor, person, "about-me", AuditAction.UPDATE, Writers.PERSON_OR_CARE_TEAM);
        register.get(grant);
        int current = versions.current(person).map(AboutMeVersion::version).orElse(0);
        if (current != basedOn) {
            throw new StaleVersionException("About Me", basedOn, current);
        }
        AboutMeVersion next = new AboutMeVersion(current + 1, aboutMe, actor.name(), actor.title(),
                grant.byPersonOrRepresentative(), clock.instant());
        if (!versions.append(person, next)) {
            throw new StaleVersionException("About Me", basedOn, basedOn + 1);
        }
        return next;
    }
}
