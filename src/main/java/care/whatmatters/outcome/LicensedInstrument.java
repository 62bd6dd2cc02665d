package care.whatmatters.outcome;

/** Instruments whose scores only a licensed user may enter; their item wording never ships. */
public enum LicensedInstrument {
    PAM("Patient Activation Measure (Phreesia)"),
    COPM("COPM (thecopm.ca)"),
    EQ5D("EQ-5D (EuroQol)");

    private final String title;

    LicensedInstrument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
