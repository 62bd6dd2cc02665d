package care.whatmatters.budget;

import care.whatmatters.shared.Money;

/** An amount in the JSON API: exact whole pence, and as people read it. */
public record MoneyView(long pence, String formatted) {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.pence(), money.formatted());
    }
}
