package com.serviceguardrails.guidance;

import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Authority;
import com.serviceguardrails.empowerment.Money;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class AuthorityLineTest {

    @Test
    public void amountsAreShownWithTheirCurrencyAndMissingLimitsAsADash() {
        assertEquals(new AuthorityLine("refund", "50.00 EUR", "0.00 EUR", true),
                AuthorityLine.from(new Authority(Action.REFUND, "agents", Optional.of(Money.of("50.00", "EUR")), Optional.of(Money.of("0.00", "EUR")))));
        assertEquals(new AuthorityLine("credit", "25.00 USD", AuthorityLine.NO_LIMIT, false),
                AuthorityLine.from(new Authority(Action.CREDIT, "agents", Optional.of(Money.of("25.00", "USD")), Optional.empty())));
    }
}
