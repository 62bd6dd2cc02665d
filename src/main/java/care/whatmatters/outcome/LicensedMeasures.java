package care.whatmatters.outcome;

import care.whatmatters.access.Actor;
import care.whatmatters.shared.ConflictException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Whether the actor may enter a licensed instrument's scores. */
@Service
public class LicensedMeasures {

    private final List<LicenceHolders> holders;

    LicensedMeasures(List<LicenceHolders> holders) {
        this.holders = holders;
    }

    public boolean holds(Actor actor, LicensedInstrument instrument) {
        return actor.isPractitioner() && holders.stream().anyMatch(h -> h.holders(instrument).contains(actor.username()));
    }

    /** Refuses (409) an actor without a licence: scores of a licensed instrument come only from licensed users. */
    public void requireLicence(Actor actor, LicensedInstrument instrument) {
        if (!holds(actor, instrument)) {
            throw new ConflictException(instrument.title() + " is licensed: only a practitioner who holds a licence "
                    + "can enter its scores. Ask a licensed colleague to enter them.");
        }
    }
}
