package care.whatmatters.socialprescribing.domain;

/** A community service's answer to an onward referral. */
public enum OnwardStatus {
    SENT("Sent, waiting for the service"),
    ACCEPTED("Accepted by the service"),
    DECLINED("Declined by the service");

    private final String label;

    OnwardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
