package care.whatmatters.outcome;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Licence holders from configuration, for example {@code whatmatters.licences.pam=hcoach1,hcoach2}. Empty by
 * default: an organisation lists the accounts its licence covers.
 */
@Component
@ConfigurationProperties("whatmatters")
class ConfiguredLicenceHolders implements LicenceHolders {

    private Map<LicensedInstrument, Set<String>> licences = Map.of();

    public void setLicences(Map<LicensedInstrument, Set<String>> licences) {
        this.licences = licences;
    }

    @Override
    public Set<String> holders(LicensedInstrument instrument) {
        return licences.getOrDefault(instrument, Set.of());
    }
}
