package care.whatmatters.directory.domain;

import care.whatmatters.shared.InvalidInputException;

/** Open Referral's kinds of location. */
public enum LocationType {
    PHYSICAL, POSTAL, VIRTUAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LocationType fromCode(String field, String code) {
        for (LocationType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw InvalidInputException.of(field, "must be one of physical, postal, virtual");
    }
}
