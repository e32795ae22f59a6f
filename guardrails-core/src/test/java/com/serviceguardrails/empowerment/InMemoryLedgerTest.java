package com.serviceguardrails.empowerment;

/** The in-memory ledger keeps the full {@link Ledger} contract. */
public class InMemoryLedgerTest extends LedgerContractTest {

    @Override
    protected Ledger newLedger() {
        return new InMemoryLedger();
    }
}
