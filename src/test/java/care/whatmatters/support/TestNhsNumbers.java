package care.whatmatters.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, valid NHS numbers for people that integration tests register, in the 999 6xx xxxx range (reserved
 * for testing, and apart from the demo cast's 999 000 xxxx). Each call answers a number no earlier call in
 * this run answered: a counter that starts at a random point walks the five free middle digits, skipping
 * numbers whose Modulus 11 check digit would be 10.
 */
public final class TestNhsNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(50_000));

    private TestNhsNumbers() {
    }

    public static String fresh() {
        while (true) {
            int middle = NEXT.getAndIncrement();
            if (middle > 99_999) {
                throw new IllegalStateException("No NHS numbers left in the test range");
            }
            String firstNine = "9996" + String.format("%05d", middle);
            Integer check = checkDigit(firstNine);
            if (check != null) {
                return firstNine + check;
            }
        }
    }

    /** The Modulus 11 check digit (weights 10 down to 2), or null when it would be 10 (no valid number). */
    static Integer checkDigit(String firstNine) {
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

    /** A number with the wrong check digit, for tests of refusal. */
    public static String withWrongCheckDigit() {
        String valid = fresh();
        int wrong = (valid.charAt(9) - '0' + 1) % 10;
        return valid.substring(0, 9) + wrong;
    }
}
