package care.whatmatters.directory.domain;

import care.whatmatters.shared.InvalidInputException;

/** Whether a service runs, in Open Referral's words. */
public enum ServiceStatus {
    ACTIVE("active", "Running"),
    TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed"),
    INACTIVE("inactive", "Not running"),
    DEFUNCT("defunct", "Closed for good");

    private final String code;
    private final String label;

    ServiceStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value Open Referral UK uses ("temporarily closed"). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ServiceStatus fromCode(String field, String code) {
        for (ServiceStatus s : values()) {
            if (s.code.equals(code) || s.name().equals(code)) {
                return s;
            }
        }
        throw InvalidInputException.of(field, "must be one of active, inactive, defunct, temporarily closed");
    }
}
