package care.whatmatters.directory.domain;

/** Whether a service can take someone now: what link workers most need to know and Open Referral lacks. */
public enum CapacityStatus {
    UNKNOWN("Not known"),
    TAKING_REFERRALS("Taking referrals"),
    WAITING_LIST("Waiting list"),
    FULL("Full");

    private final String label;

    CapacityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
