package care.whatmatters.demo;

import care.whatmatters.outcome.LicenceHolders;
import care.whatmatters.outcome.LicensedInstrument;
import java.util.Set;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * In demo mode, Dylan's occupational therapist and the GP hold licences for PAM, COPM and EQ-5D, so the demo
 * can show licensed scores being entered (and refused for everyone else). Real licence holders are
 * configured ({@code whatmatters.licences.*}).
 */
@Component
@Conditional(DemoMode.class)
class DemoLicences implements LicenceHolders {

    @Override
    public Set<String> holders(LicensedInstrument instrument) {
        return Set.of("ot", "gp");
    }
}
