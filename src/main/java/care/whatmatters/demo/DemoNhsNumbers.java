package care.whatmatters.demo;

import care.whatmatters.shared.NhsNumber;

/**
 * NHS numbers for demo and synthetic people, all in the 999 range that NHS England reserves for testing,
 * so none can ever belong to a real person. Numbers whose check digit would be 10 are skipped, as the
 * Modulus 11 rule makes them invalid.
 */
final class DemoNhsNumbers {

    private long next;

    /** Starts at the first valid number whose first nine digits are at least {@code firstNine}. */
    DemoNhsNumbers(long firstNine) {
        this.next = firstNine;
    }

    String next() {
        while (true) {
            String nine = String.format("%09d", next++);
            Integer check = NhsNumber.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
    }
}
