package care.whatmatters.directory;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The directory's configurable rules. */
@Component
public class DirectorySettings {

    private final Period staleAfter;

    DirectorySettings(@Value("${whatmatters.directory.stale-after:P12M}") Period staleAfter) {
        this.staleAfter = staleAfter;
    }

    /** A service not assured for this long is stale (12 months unless configured). */
    public Period staleAfter() {
        return staleAfter;
    }
}
