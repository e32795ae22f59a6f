package com.serviceguardrails.empowerment;

import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.InRange;
import com.pholser.junit.quickcheck.generator.Size;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import com.serviceguardrails.config.Mode;
import org.junit.runner.RunWith;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.serviceguardrails.empowerment.Fixtures.MONDAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

@RunWith(JUnitQuickcheck.class)
public class EmpowermentPropertiesTest {

    private static final BigDecimal DAILY_LIMIT = new BigDecimal("100.00");
    private static final BigDecimal CUSTOMER_LIMIT = new BigDecimal("150.00");

    /**
     * However a refund is split, the approved parts never add up to more than the running limits, and a part is
     * only refused for a running limit when it really would not fit.
     */
    @Property(trials = 200)
    public void splittingARefundNeverGetsMoreApprovedThanTheRunningLimit(
            @Size(min = 1, max = 40) List<@InRange(minInt = 0, maxInt = 6000) Integer> partsInCents) {
        EmpowermentPolicy policy = new EmpowermentPolicy(Fixtures.config(), new InMemoryLedger());
        BigDecimal approved = BigDecimal.ZERO;
        int i = 0;
        for (int cents : partsInCents) {
            BigDecimal part = BigDecimal.valueOf(cents, 2);
            Decision decision = policy.decide(new LimitRequest("SD-1", "part-" + i++, "ann", Set.of("Tier 1"), "carl",
                    Action.REFUND, new Money(part, Money.currency("EUR")), null, MONDAY.plusSeconds(i)));
            if (decision.isApproved()) {
                approved = approved.add(part);
            } else if (decision.reason() != DecisionReason.OVER_TRANSACTION_LIMIT) {
                BigDecimal after = approved.add(part);
                assertTrue(decision + " yet " + after + " fits",
                        after.compareTo(DAILY_LIMIT) > 0 || after.compareTo(CUSTOMER_LIMIT) > 0);
            }
        }
        assertTrue("approved " + approved + " of " + partsInCents, approved.compareTo(DAILY_LIMIT) <= 0);
    }

    /** Holding one more role never turns an approval into anything else. */
    @Property(trials = 200)
    public void approvalIsMonotonicInTheRolesHeld(
            @InRange(minInt = 0, maxInt = 7) int heldMask,
            @InRange(minInt = 0, maxInt = 2) int extraRole,
            @InRange(minInt = 1, maxInt = 120000) int cents,
            @Size(max = 10) List<@InRange(minInt = 1, maxInt = 30000) Integer> earlierCents) {
        EmpowermentConfig config = Fixtures.config();
        InMemoryLedger ledger = seeded(earlierCents);
        EmpowermentPolicy policy = new EmpowermentPolicy(config, ledger);
        Set<String> held = new HashSet<>();
        for (int r = 0; r < 3; r++) {
            if ((heldMask & (1 << r)) != 0) {
                held.add(config.roles().get(r).name());
            }
        }
        Set<String> more = new HashSet<>(held);
        more.add(config.roles().get(extraRole).name());
        Decision fewer = policy.preview(request(cents, held));
        Decision withMore = policy.preview(request(cents, more));
        if (fewer.isApproved()) {
            assertEquals(held + " → " + more + ": " + fewer + " / " + withMore, Outcome.APPROVED, withMore.outcome());
        }
    }

    /** Making every limit of a role more generous never turns an approval into anything else. */
    @Property(trials = 200)
    public void approvalIsMonotonicInTheGenerosityOfALimit(
            @InRange(minInt = 1, maxInt = 20000) int cents,
            @InRange(minInt = 100, maxInt = 400) int percent,
            @Size(max = 10) List<@InRange(minInt = 1, maxInt = 10000) Integer> earlierCents) {
        InMemoryLedger ledger = seeded(earlierCents);
        Decision base = new EmpowermentPolicy(scaled(100), ledger).preview(request(cents, Set.of("Agent")));
        Decision generous = new EmpowermentPolicy(scaled(percent), ledger).preview(request(cents, Set.of("Agent")));
        if (base.isApproved()) {
            assertEquals(percent + "%: " + generous, Outcome.APPROVED, generous.outcome());
        }
    }

    private static LimitRequest request(int cents, Set<String> roles) {
        return new LimitRequest("SD-9", "now", "ann", roles, "carl", Action.REFUND,
                new Money(BigDecimal.valueOf(cents, 2), Money.currency("EUR")), null, MONDAY);
    }

    /** Earlier refunds by the same agent for the same customer, earlier the same day. */
    private static InMemoryLedger seeded(List<Integer> earlierCents) {
        InMemoryLedger ledger = new InMemoryLedger();
        int i = 0;
        for (int cents : earlierCents) {
            ledger.load(new LedgerEntry(new EntryKey("SD-0", Action.REFUND, "earlier-" + i++), "ann", "carl",
                    new Money(BigDecimal.valueOf(cents, 2), Money.currency("EUR")), MONDAY.minusSeconds(i), false));
        }
        return ledger;
    }

    /** One role, "Agent", with limits of 50/100/150 EUR scaled by {@code percent}. */
    private static EmpowermentConfig scaled(int percent) {
        RoleLimit limit = new RoleLimit(Action.REFUND, Money.currency("EUR"), euros(50, percent), euros(100, percent),
                euros(150, percent), 30);
        RoleLimit boss = new RoleLimit(Action.REFUND, Money.currency("EUR"), Optional.empty(), Optional.empty(),
                Optional.empty(), 30);
        return new EmpowermentConfig(Mode.ENFORCE, ZoneOffset.UTC,
                List.of(new Role("Agent", List.of(limit)), new Role("Boss", List.of(boss))), List.of(), RequestFields.DEFAULTS);
    }

    private static Optional<Money> euros(int euros, int percent) {
        return Optional.of(new Money(BigDecimal.valueOf(euros).multiply(BigDecimal.valueOf(percent)).movePointLeft(2),
                Money.currency("EUR")));
    }
}
