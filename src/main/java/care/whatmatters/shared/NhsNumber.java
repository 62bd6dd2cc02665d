package care.whatmatters.shared;

/**
 * A ten-digit NHS number whose last digit is the Modulus 11 check digit: the first nine digits are
 * weighted 10 down to 2, the sum is taken modulo 11 and subtracted from 11; a result of 11 means 0 and a
 * result of 10 means the number is invalid (NHS Data Dictionary, "NHS Number").
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw InvalidInputException.of("nhsNumber",
                    "must be 10 digits with a valid check digit (for example 943 476 5919)");
        }
    }

    /** Accepts the usual written forms: spaces or hyphens between the 3-3-4 groups are ignored. */
    public static NhsNumber parse(String written) {
        if (written == null || written.isBlank()) {
            throw InvalidInputException.of("nhsNumber", "is required");
        }
        return new NhsNumber(written.strip().replace(" ", "").replace("-", ""));
    }

    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.chars().distinct().count() == 1) {
            // 0000000000, 1111111111 ... pass the check digit rule but are placeholders typed into forms.
            return false;
        }
        Integer check = checkDigit(digits.substring(0, 9));
        return check != null && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine leading digits, or {@code null} when no valid number can start with them. */
    public static Integer checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    /** The spaced 3-3-4 form people read and say aloud. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
