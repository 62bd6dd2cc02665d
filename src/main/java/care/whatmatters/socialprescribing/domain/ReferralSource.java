package care.whatmatters.socialprescribing.domain;

/** Where a referral to social prescribing came from (NHS England's social prescribing summary guide). */
public enum ReferralSource {
    GP("GP practice"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    HOSPITAL_DISCHARGE("Hospital discharge team"),
    COMMUNITY_HEALTH("Community health team"),
    LOCAL_AUTHORITY("Local authority (council)"),
    PHARMACY("Pharmacy"),
    HOUSING("Housing"),
    POLICE("Police"),
    VCSE("Voluntary or community organisation"),
    SELF("Self-referral");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
