package care.whatmatters.directory.domain;

import care.whatmatters.shared.InvalidInputException;

/**
 * A service's capacity: taking referrals, a waiting list (with the usual wait in weeks, when known), or full.
 */
public record Capacity(CapacityStatus status, Integer waitingWeeks) {

    public static final Capacity UNKNOWN = new Capacity(CapacityStatus.UNKNOWN, null);

    public Capacity {
        if (status == null) {
            status = CapacityStatus.UNKNOWN;
        }
        if (waitingWeeks != null && (waitingWeeks < 0 || waitingWeeks > 520)) {
            throw InvalidInputException.of("waitingWeeks", "must be a number of weeks from 0 to 520");
        }
        if (status != CapacityStatus.WAITING_LIST) {
            waitingWeeks = null;
        }
    }

    public static Capacity takingReferrals() {
        return new Capacity(CapacityStatus.TAKING_REFERRALS, null);
    }

    public static Capacity waitingList(Integer weeks) {
        return new Capacity(CapacityStatus.WAITING_LIST, weeks);
    }

    public static Capacity full() {
        return new Capacity(CapacityStatus.FULL, null);
    }

    /** In the words of a search explanation: "taking referrals", "waiting list, about 3 weeks". */
    public String describe() {
        return switch (status) {
            case TAKING_REFERRALS -> "taking referrals";
            case WAITING_LIST -> waitingWeeks == null ? "waiting list"
                    : "waiting list, about " + waitingWeeks + (waitingWeeks == 1 ? " week" : " weeks");
            case FULL -> "full";
            case UNKNOWN -> "capacity not known";
        };
    }
}
