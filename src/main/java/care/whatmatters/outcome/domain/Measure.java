package care.whatmatters.outcome.domain;

import care.whatmatters.shared.NotFoundException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The outcome measures the platform records, with their published source and licence. {@code code} is the
 * name used in the API ({@code /api/v1/outcomes/{code}/score}).
 */
public enum Measure {
    ONS4("ons4", "ONS4 personal wellbeing", "ONS; GSS harmonised standard", "Crown copyright (Open Government Licence)", true),
    WEMWBS("wemwbs", "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS)", "warwick.ac.uk", "Free after registration with Warwick", false),
    SWEMWBS("swemwbs", "Short WEMWBS (SWEMWBS)", "warwick.ac.uk; Shah 2018 HQLO", "Free after registration with Warwick", false),
    GAS("gas", "Goal Attainment Scaling", "Turner-Stokes 2009 (erratum)", "Method, free to use", false),
    COPM("copm", "Canadian Occupational Performance Measure (COPM)", "thecopm.ca", "Commercial: scores only, entered by a licensed user", false),
    COLLABORATE("collaborate", "collaboRATE", "glynelwyn.com", "CC BY-NC-ND", false),
    MYCAW("mycaw", "Measure Yourself Concerns and Wellbeing (MYCaW)", "Paterson 2007; bristol.ac.uk", "Registration required", false),
    EQ5D("eq5d", "EQ-5D", "euroqol.org", "Licensed (EuroQol): index value and VAS only, entered by a licensed user", false);

    private final String code;
    private final String title;
    private final String source;
    private final String licence;
    private final boolean wordingShipped;

    Measure(String code, String title, String source, String licence, boolean wordingShipped) {
        this.code = code;
        this.title = title;
        this.source = source;
        this.licence = licence;
        this.wordingShipped = wordingShipped;
    }

    public static Measure byCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst().orElseThrow(() -> new NotFoundException("There is no outcome measure called '" + code
                        + "'. The measures are " + Arrays.stream(values()).map(Measure::code)
                        .collect(Collectors.joining(", ")) + "."));
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String licence() {
        return licence;
    }

    /**
     * Whether the item wording ships with the platform, so a person can answer it on their own. Only ONS4's
     * does (Crown copyright under the OGL); the others are entered from a registered or licensed copy.
     */
    public boolean wordingShipped() {
        return wordingShipped;
    }

    /** Instruments whose scores only a licensed user may enter. */
    public boolean licensed() {
        return this == COPM || this == EQ5D;
    }
}
