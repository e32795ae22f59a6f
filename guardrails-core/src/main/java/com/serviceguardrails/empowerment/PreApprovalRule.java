package com.serviceguardrails.empowerment;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case approved for anyone, whatever their role ("exchange of a defective item bought less than 7 days ago").
 * Every condition given must hold; a condition left out (empty set, empty optional) holds always. A condition on a
 * fact the request does not carry does not hold. Pre-approved amounts are recorded in the ledger like any other,
 * so they count in later running totals.
 *
 * @param maxAmount  the most the rule approves; its currency is the only one the rule applies to
 * @param currency   without {@code maxAmount}, limits the rule to one currency; empty means any currency
 */
public record PreApprovalRule(
        String name,
        Action action,
        Optional<Money> maxAmount,
        Optional<Currency> currency,
        Set<String> reasons,
        Optional<Integer> maxPurchaseAgeDays,
        Set<String> itemConditions,
        Set<String> customerTiers) {

    public PreApprovalRule {
        name = LimitRequest.identifier("pre-approval rule name", name);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(maxAmount, "maxAmount");
        Objects.requireNonNull(currency, "currency");
        if (maxAmount.isPresent()) {
            Currency own = maxAmount.get().currency();
            if (currency.isPresent() && !currency.get().equals(own)) {
                throw new IllegalArgumentException("maxAmount " + maxAmount.get() + " is not in the rule's currency "
                        + currency.get().getCurrencyCode());
            }
            currency = Optional.of(own);
        }
        reasons = normaliseAll(reasons);
        itemConditions = normaliseAll(itemConditions);
        customerTiers = normaliseAll(customerTiers);
        Objects.requireNonNull(maxPurchaseAgeDays, "maxPurchaseAgeDays");
    }

    /** True when every condition of this rule holds for the request. */
    public boolean matches(LimitRequest request) {
        RequestFacts facts = request.facts();
        return request.action() == action
                && currency.map(c -> c.equals(request.amount().currency())).orElse(true)
                && maxAmount.map(max -> !request.amount().exceeds(max)).orElse(true)
                && allows(reasons, facts.reason())
                && maxPurchaseAgeDays.map(max -> facts.purchaseAgeDays() != null && facts.purchaseAgeDays() <= max).orElse(true)
                && allows(itemConditions, facts.itemCondition())
                && allows(customerTiers, facts.customerTier());
    }

    /** No values: any fact (or none) will do; otherwise the fact must be known and one of them. */
    private static boolean allows(Set<String> values, String fact) {
        return values.isEmpty() || (fact != null && values.contains(fact));
    }

    private static Set<String> normaliseAll(Set<String> values) {
        return Set.copyOf(values.stream().map(RequestFacts::normalise).filter(Objects::nonNull).toList());
    }
}
