package com.serviceguardrails.empowerment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount in one ISO 4217 currency. Never a {@code double}: the amount is a
 * {@link BigDecimal} held at the currency's own scale ({@code 12.5 EUR} is kept as {@code 12.50}), so equal amounts
 * are equal values. Amounts of different currencies never mix: there is no conversion anywhere.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Anything above this many units of any currency is taken as a typing mistake, not a refund. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidMoneyException("currency " + currency.getCurrencyCode()
                    + " is not a currency of money (no minor unit); use one like EUR or USD");
        }
        if (amount.signum() < 0) {
            throw new InvalidMoneyException("amount " + amount.toPlainString() + " " + currency.getCurrencyCode()
                    + " is negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidMoneyException("amount " + amount.toPlainString() + " " + currency.getCurrencyCode()
                    + " is more than the maximum of " + MAX_AMOUNT.toPlainString());
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > digits) {
            throw new InvalidMoneyException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        amount = amount.setScale(digits);
    }

    /** Money from text as people write it: {@code of("49.99", "EUR")}. Rejects what {@link Money} rejects. */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidMoneyException("amount \"" + abbreviate(amount) + "\" is not a number");
        }
        return of(value, currencyCode);
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The ISO 4217 currency with this code (upper case, three letters); a clear error for anything else. */
    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidMoneyException("currency is missing; expected an ISO 4217 code like EUR");
        }
        String trimmed = code.trim();
        if (trimmed.length() != 3 || !trimmed.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new InvalidMoneyException("currency \"" + abbreviate(code) + "\" is not an ISO 4217 code (three capital letters, like EUR)");
        }
        try {
            return Currency.getInstance(trimmed);
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("currency \"" + trimmed + "\" is not a known ISO 4217 currency");
        }
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** {@code this - other}, or zero when {@code other} is larger: what remains of a limit is never negative. */
    public Money minusFloorZero(Money other) {
        sameCurrency(other);
        BigDecimal difference = amount.subtract(other.amount);
        return new Money(difference.signum() < 0 ? BigDecimal.ZERO : difference, currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    /** {@code 49.99 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other + ": no currency conversion");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
