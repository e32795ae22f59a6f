package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class MoneyTest {

    @Test
    public void amountsAreKeptAtTheCurrencysScaleSoEqualAmountsAreEqual() {
        assertEquals(Money.of("12.5", "EUR"), Money.of("12.50", "EUR"));
        assertEquals("12.50 EUR", Money.of("12.5", "EUR").toString());
        assertEquals("500 JPY", Money.of("500", "JPY").toString());
        assertEquals("1.250 KWD", Money.of("1.25", "KWD").toString());
    }

    @Test
    public void moreDecimalsThanTheCurrencyAllowsAreRejected() {
        assertRejected("0.001", "EUR", "amount 0.001 has more decimals than EUR allows (2)");
        assertRejected("10.5", "JPY", "amount 10.5 has more decimals than JPY allows (0)");
        assertEquals(Money.of("10", "JPY"), Money.of("10.000", "JPY"));
    }

    @Test
    public void negativeAbsurdAndNonNumericAmountsAreRejected() {
        assertRejected("-0.01", "EUR", "amount -0.01 EUR is negative");
        assertRejected("1000000000.01", "EUR", "amount 1000000000.01 EUR is more than the maximum of 1000000000");
        assertRejected("1e12", "USD", "is more than the maximum");
        assertRejected("ten", "EUR", "amount \"ten\" is not a number");
        assertRejected("NaN", "EUR", "is not a number");
    }

    @Test
    public void unknownAndNonMoneyCurrenciesAreRejected() {
        assertRejected("1", "EUX", "currency \"EUX\" is not a known ISO 4217 currency");
        assertRejected("1", "eur", "is not an ISO 4217 code (three capital letters, like EUR)");
        assertRejected("1", "", "currency is missing");
        assertRejected("1", "XAU", "XAU is not a currency of money");
    }

    @Test
    public void differentCurrenciesNeverMix() {
        try {
            Money.of("1", "EUR").plus(Money.of("1", "USD"));
            fail("no conversion");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no currency conversion"));
        }
    }

    @Test
    public void whatRemainsOfALimitIsNeverNegative() {
        assertEquals(Money.of("0", "EUR"), Money.of("5", "EUR").minusFloorZero(Money.of("7.25", "EUR")));
        assertEquals(new BigDecimal("2.25"), Money.of("7.25", "EUR").minusFloorZero(Money.of("5", "EUR")).amount());
    }

    private static void assertRejected(String amount, String currency, String message) {
        try {
            Money.of(amount, currency);
            fail(amount + " " + currency + " must be rejected");
        } catch (InvalidMoneyException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(message));
        }
    }
}
