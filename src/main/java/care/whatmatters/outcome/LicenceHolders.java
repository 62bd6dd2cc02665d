package care.whatmatters.outcome;

import java.util.Set;

/**
 * Who holds a licence to use an instrument, by account username. The platform reads them from configuration
 * ({@code whatmatters.licences.<instrument>}); another module may add holders (the demo names its own).
 */
public interface LicenceHolders {

    Set<String> holders(LicensedInstrument instrument);
}
