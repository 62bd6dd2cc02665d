package care.whatmatters.team;

/** The professions of a multidisciplinary team, as the person would name them. */
public enum Profession {
    GP("GP"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    LINK_WORKER("Social prescribing link worker"),
    CARE_COORDINATOR("Care coordinator"),
    HEALTH_COACH("Health and wellbeing coach"),
    NURSE("Nurse"),
    SOCIAL_WORKER("Social worker"),
    PHYSIOTHERAPIST("Physiotherapist"),
    PHARMACIST("Pharmacist"),
    OTHER("Other professional");

    private final String label;

    Profession(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
