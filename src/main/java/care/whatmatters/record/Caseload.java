package care.whatmatters.record;

import care.whatmatters.access.Actor;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.person.domain.Person;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import java.util.List;
import org.springframework.stereotype.Service;

/** The people whose care teams a practitioner is in, for their home page. */
@Service
public class Caseload {

    /** A caseload page lists at most this many people; the rest are reached by search. */
    static final int PAGE_SIZE = 50;

    private final CareTeams careTeams;
    private final PersonRegister register;

    Caseload(CareTeams careTeams, PersonRegister register) {
        this.careTeams = careTeams;
        this.register = register;
    }

    public List<Person> of(Actor actor) {
        return of(actor, null);
    }

    /**
     * The caseload, or the part of it matching {@code filter} (part of a name, or the start of an NHS
     * number). Only the people shown are read and audited.
     */
    public List<Person> of(Actor actor, String filter) {
        if (!actor.isPractitioner()) {
            return List.of();
        }
        List<PersonId> ids = careTeams.caseload(actor.practitioner());
        if (filter != null && !filter.isBlank()) {
            ids = register.matching(ids, filter.strip());
        }
        return register.list(actor, ids.subList(0, Math.min(ids.size(), PAGE_SIZE)));
    }
}
